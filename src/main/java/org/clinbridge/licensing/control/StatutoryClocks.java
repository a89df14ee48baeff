package org.clinbridge.licensing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinbridge.licensing.entity.ApplicationEvent;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.licensing.entity.StatutoryClock;
import org.clinbridge.licensing.entity.StatutoryLimits;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.reference.control.WorkingCalendar;
import org.clinbridge.reference.entity.CalendarNotHeld;

/**
 * The statutory clocks of licence applications today, counted on the district's working-day
 * calendar with the limits of {@code licensing/statutory-limits.csv}.
 */
@ApplicationScoped
public class StatutoryClocks {
  static final String LIMITS = "/licensing/statutory-limits.csv";

  @PersistenceContext EntityManager em;
  @Inject WorkingCalendar calendar;
  @Inject DistrictClock clock;

  private final StatutoryLimits limits = read();

  /** The working days of the calendar, a year it does not hold said as such, never guessed. */
  private final StatutoryClock.Days workingDays =
      new StatutoryClock.Days() {
        @Override
        public LocalDate plus(LocalDate from, int n) {
          try {
            return calendar.addWorkingDays(from, n);
          } catch (CalendarNotHeld e) {
            throw new StatutoryClock.OutsideCalendar(e.getMessage(), e);
          }
        }

        @Override
        public int between(LocalDate from, LocalDate to) {
          try {
            return calendar.workingDaysBetween(from, to);
          } catch (CalendarNotHeld e) {
            throw new StatutoryClock.OutsideCalendar(e.getMessage(), e);
          }
        }
      };

  private static StatutoryLimits read() {
    try (InputStream in = StatutoryClocks.class.getResourceAsStream(LIMITS)) {
      if (in == null) {
        throw new IllegalStateException(LIMITS + " is missing from the application");
      }
      return StatutoryLimits.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public StatutoryLimits limits() {
    return limits;
  }

  /** The district's working days, counted as the clocks count them. */
  public StatutoryClock.Days workingDays() {
    return workingDays;
  }

  /** The clock of one application whose history the caller has read. */
  public Optional<StatutoryClock> of(LicenceApplication a, List<ApplicationEvent> history) {
    return StatutoryClock.of(a, history, limits, workingDays, clock.today());
  }

  /** The clock of one application, its history read here. */
  public Optional<StatutoryClock> of(LicenceApplication a) {
    return of(a, historyOf(List.of(a)).getOrDefault(a.id(), List.of()));
  }

  /** The clocks of a page of applications, their histories read in one statement. */
  public Map<Long, Optional<StatutoryClock>> of(List<LicenceApplication> page) {
    Map<Long, List<ApplicationEvent>> histories = historyOf(page);
    Map<Long, Optional<StatutoryClock>> clocks = new HashMap<>();
    for (LicenceApplication a : page) {
      clocks.put(a.id(), of(a, histories.getOrDefault(a.id(), List.of())));
    }
    return clocks;
  }

  private Map<Long, List<ApplicationEvent>> historyOf(List<LicenceApplication> page) {
    List<LicenceApplication> open =
        page.stream().filter(a -> !a.state().terminal() && !a.voiding().voided()).toList();
    if (open.isEmpty()) {
      return Map.of();
    }
    // The application's id comes with each event, so grouping needs no lazy association.
    return em
        .createQuery(
            "select e.application.id, e from ApplicationEvent e where e.application in :page",
            Object[].class)
        .setParameter("page", open)
        .getResultList()
        .stream()
        .collect(
            Collectors.groupingBy(
                row -> (Long) row[0],
                Collectors.mapping(row -> (ApplicationEvent) row[1], Collectors.toList())));
  }
}
