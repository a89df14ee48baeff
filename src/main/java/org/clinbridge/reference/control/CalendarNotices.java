package org.clinbridge.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.reference.entity.CalendarDay;
import org.clinbridge.reference.entity.CalendarYear;
import org.clinbridge.reference.entity.DayKind;
import org.clinbridge.reference.entity.NoticeDay;

/**
 * Writes the working-day calendar: the bundled notices at the first start, and a year's notice
 * added by an administrator. Every write first bumps the calendar's revision, which locks its row
 * until commit: changes to the calendar take turns across instances, and every instance's {@link
 * WorkingCalendar} reads the calendar again once the change commits.
 */
@ApplicationScoped
public class CalendarNotices {
  public static final String LOAD = "cn-working-calendar";
  public static final String YEAR = "calendar-year";
  public static final String DAY = "calendar-day";
  static final String BUNDLED = "reference/calendar/cn-public-holidays-2025-2026.csv";
  private static final Logger LOG = Logger.getLogger(CalendarNotices.class.getName());

  /** The notices the bundled file was written from (its origin in docs/calendar.md). */
  static final Map<Integer, Notice> BUNDLED_NOTICES =
      Map.of(
          2025,
          new Notice("国务院办公厅关于2025年部分节假日安排的通知", LocalDate.of(2024, 11, 12)),
          2026,
          new Notice("国务院办公厅关于2026年部分节假日安排的通知", LocalDate.of(2025, 11, 4)));

  @PersistenceContext EntityManager em;
  @Inject ReferenceLoads loads;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;

  /** A notice's title (or document number) and the day it was published. */
  public record Notice(String title, LocalDate published) {}

  /**
   * Loads the bundled notices into an installation that has never had them: the first start. The
   * {@code reference_load} row is locked first, so a second instance starting at the same time
   * waits and then finds them loaded.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @ActivateRequestContext
  public void loadBundledOnce() {
    if (!loads.lockUnloaded(LOAD)) {
      return;
    }
    byte[] bytes = ReferenceLoads.bundled(BUNDLED);
    Map<Integer, List<NoticeDay>> byYear =
        bundledNotices(new String(bytes, StandardCharsets.UTF_8));
    int rows = 0;
    for (var year : byYear.entrySet()) {
      Notice notice = BUNDLED_NOTICES.get(year.getKey());
      hold(year.getKey(), notice, year.getValue(), "system", "bundled " + BUNDLED);
      rows += year.getValue().size();
    }
    int loaded = rows;
    loads.markLoaded(LOAD, loaded, 0, ReferenceLoads.sha256(bytes));
    LOG.info(() -> "Working-day calendar: notices of " + byYear.keySet() + " loaded");
  }

  /**
   * The bundled file's dates by the year of their notice (the file holds whole notices; none of
   * their dates falls in December of the year before), checked like any notice.
   */
  static Map<Integer, List<NoticeDay>> bundledNotices(String text) {
    CalendarFile.Parsed parsed = CalendarFile.read(text);
    Map<Integer, List<NoticeDay>> byYear = new TreeMap<>();
    for (NoticeDay d : parsed.days()) {
      byYear.computeIfAbsent(d.date().getYear(), y -> new ArrayList<>()).add(d);
    }
    List<Object> problems = new ArrayList<>(parsed.problems());
    for (var year : byYear.entrySet()) {
      problems.addAll(NoticeDay.check(year.getKey(), year.getValue()));
      if (!BUNDLED_NOTICES.containsKey(year.getKey())) {
        problems.add("no notice for " + year.getKey());
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The bundled calendar is not usable: " + problems);
    }
    return byYear;
  }

  /** The year's row, if the calendar holds it. */
  public Optional<CalendarYear> year(int year) {
    return Optional.ofNullable(em.find(CalendarYear.class, year));
  }

  /** The held years, ascending. */
  public List<CalendarYear> years() {
    return em.createQuery("select y from CalendarYear y order by y.number", CalendarYear.class)
        .getResultList();
  }

  /**
   * Holds {@code year} with its notice's dates, which the caller has checked ({@link
   * NoticeDay#check}) and found free ({@link #liveDays}); in the caller's transaction, audited.
   */
  public CalendarYear hold(
      int year, Notice notice, List<NoticeDay> days, String by, String source) {
    bump();
    var now = clock.now();
    CalendarYear y = new CalendarYear(year, notice.title(), notice.published(), by, now);
    em.persist(y);
    // The days refer to the year by its key, not as an entity, so JPA does not order the inserts.
    em.flush();
    for (NoticeDay d : days) {
      em.persist(new CalendarDay(year, d, now));
    }
    em.flush();
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("notice", notice.title());
    after.put("published", notice.published());
    after.put("days", days.size());
    changed.fire(new Changed(YEAR, Integer.toString(year), "held", Map.of(), after, source, null));
    return y;
  }

  /** The live rows of these dates, to refuse a second row for a date. */
  public List<CalendarDay> liveDays(List<LocalDate> dates) {
    if (dates.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select d from CalendarDay d where d.voiding.voided = false and d.date in :dates"
                + " order by d.date",
            CalendarDay.class)
        .setParameter("dates", dates)
        .getResultList();
  }

  /** The live rows from {@code from} to {@code to}, by date (one indexed range query). */
  public List<CalendarDay> liveDays(LocalDate from, LocalDate to) {
    return em.createQuery(
            "select d from CalendarDay d where d.voiding.voided = false"
                + " and d.date between :from and :to order by d.date",
            CalendarDay.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** The rows of a year's notice, voided ones too when asked, by date. */
  public List<CalendarDay> daysOf(int year, boolean includeVoided) {
    return em.createQuery(
            "select d from CalendarDay d where d.noticeYear = :year"
                + (includeVoided ? "" : " and d.voiding.voided = false")
                + " order by d.date, d.createdAt",
            CalendarDay.class)
        .setParameter("year", year)
        .getResultList();
  }

  /** The live row of a date, if a notice names it. */
  public Optional<CalendarDay> liveDay(LocalDate date) {
    return liveDays(List.of(date)).stream().findFirst();
  }

  /** Adds a date to a held year's notice; the caller has checked the row and the date is free. */
  public CalendarDay add(int year, NoticeDay row, String reason) {
    bump();
    CalendarDay d = new CalendarDay(year, row, clock.now());
    em.persist(d);
    em.flush();
    changed.fire(
        new Changed(DAY, d.date().toString(), "added", Map.of(), d.snapshot(), reason, null));
    return d;
  }

  /** Corrects a date's kind and name, audited with the old values. */
  public void correct(CalendarDay d, DayKind kind, BilingualText name) {
    bump();
    Map<String, Object> before = d.snapshot();
    d.correct(kind, name);
    em.flush();
    changed.fire(
        new Changed(DAY, d.date().toString(), "corrected", before, d.snapshot(), null, null));
  }

  /** Removes a date from the calendar with the reason; the row stays, voided. */
  public void remove(CalendarDay d, String reason, String by) {
    bump();
    Map<String, Object> before = d.voiding().auditValues();
    d.voidFor(reason, by, clock.now());
    em.flush();
    changed.fire(
        new Changed(
            DAY,
            d.date().toString(),
            "voided",
            before,
            d.voiding().auditValues(),
            d.voiding().reason(),
            null));
  }

  /**
   * Bumps the calendar's revision in the caller's transaction, before its change: the row stays
   * locked until commit, so calendar changes take turns across instances.
   */
  public void bump() {
    em.createNativeQuery("update calendar_revision set revision = revision + 1 where id = 1")
        .executeUpdate();
  }
}
