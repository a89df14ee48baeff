package org.clinbridge.projects.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.persistence.NativeRows;

/**
 * Something of a project that falls due, as an area lists it for a technology manager's portfolio:
 * a milestone, a grant's tranche, a contract's review, a licence supplement or renewal, an open
 * consultation. Titles are the records' own data in both languages.
 *
 * @param kind stable, e.g. {@code milestone-due}; the page names it from the ui bundle
 * @param due the day it falls due (for an open consultation, the day it was asked)
 * @param amount money at stake (a tranche, a contract), else null
 * @param link the page that shows the item, relative to the application
 */
public record Upcoming(
    String kind,
    LocalDate due,
    UUID project,
    String projectCode,
    String titleZh,
    String titleEn,
    String state,
    BigDecimal amount,
    String link) {

  /**
   * The items of {@code kind} from rows whose columns are, in order: the day due (a date, or an
   * instant read as a day in {@code zone}), the project's public id, its code, the title in Chinese
   * and in English, the state, the amount (or null) and the public id {@code linkPrefix} ends with.
   */
  public static List<Upcoming> of(
      String kind, List<Object[]> rows, String linkPrefix, ZoneId zone) {
    return rows.stream()
        .map(
            r ->
                new Upcoming(
                    kind,
                    r[0] instanceof java.sql.Date || r[0] instanceof LocalDate
                        ? NativeRows.date(r[0])
                        : NativeRows.instant(r[0]).atZone(zone).toLocalDate(),
                    NativeRows.uuid(r[1]),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    r[6] == null ? null : NativeRows.amount(r[6]),
                    linkPrefix + NativeRows.uuid(r[7])))
        .toList();
  }
}
