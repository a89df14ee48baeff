package org.clinbridge.licensing.entity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * The statutory limits of every step, read from the table that ships with the application ({@code
 * licensing/statutory-limits.csv}). Kept as data so that a change of the rules is a change of one
 * row, reviewed as such, not of the clock's code.
 */
public final class StatutoryLimits {
  private static final String ANY = "*";
  private static final String NONE = "-";

  private final List<StatutoryLimit> rows;

  private StatutoryLimits(List<StatutoryLimit> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads the table; a malformed row or two rows for the same case fail with the line, since a
   * wrong limit would silently move legal deadlines.
   */
  public static StatutoryLimits read(Reader in) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    List<StatutoryLimit> rows = new ArrayList<>();
    try {
      for (CSVRecord r : format.parse(in)) {
        StatutoryLimit row = row(r);
        for (StatutoryLimit earlier : rows) {
          if (earlier.sameKey(row)) {
            throw new IllegalArgumentException(
                "statutory limits line " + r.getRecordNumber() + ": a second row for " + key(r));
          }
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StatutoryLimits(rows);
  }

  private static StatutoryLimit row(CSVRecord r) {
    try {
      String limit = r.get("limit");
      String silence = r.get("silence_approves");
      if (!silence.equals("Y") && !silence.equals("N")) {
        throw new IllegalArgumentException("silence_approves is Y or N");
      }
      return new StatutoryLimit(
          Route.valueOf(r.get("route")),
          r.get("type").equals(ANY) ? null : ApplicationType.valueOf(r.get("type")),
          r.get("class").equals(ANY) ? null : DeviceClass.valueOf(r.get("class")),
          ApplicationState.valueOf(r.get("state")),
          r.get("step"),
          limit.equals(NONE) ? null : positive(limit),
          Integer.parseInt(r.get("after_supplement")),
          DayCounting.valueOf(r.get("counting")),
          silence.equals("Y"),
          new BilingualText(r.get("name_zh"), r.get("name_en")),
          r.get("basis"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "statutory limits line " + r.getRecordNumber() + " (" + key(r) + "): " + e.getMessage(),
          e);
    }
  }

  private static int positive(String s) {
    int n = Integer.parseInt(s);
    if (n <= 0) {
      throw new IllegalArgumentException("a limit is a positive number of days");
    }
    return n;
  }

  private static String key(CSVRecord r) {
    return String.join(",", r.get(0), r.get(1), r.get(2), r.get(3));
  }

  /** The row that applies to an application of this kind in this state, if the state is timed. */
  public Optional<StatutoryLimit> find(
      Route route, ApplicationType type, DeviceClass deviceClass, ApplicationState state) {
    List<StatutoryLimit> matching =
        rows.stream()
            .filter(r -> r.matches(route, type, deviceClass, state))
            .sorted(Comparator.comparingInt(StatutoryLimit::specificity).reversed())
            .toList();
    if (matching.size() > 1 && matching.get(0).specificity() == matching.get(1).specificity()) {
      // One row names the type, another the class: the table must say which wins.
      throw new IllegalStateException(
          "statutory limits: two rows apply to "
              + route
              + ","
              + type
              + ","
              + deviceClass
              + ","
              + state);
    }
    return matching.stream().findFirst();
  }

  public List<StatutoryLimit> rows() {
    return rows;
  }
}
