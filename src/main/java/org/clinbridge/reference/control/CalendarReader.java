package org.clinbridge.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.DayKind;
import org.clinbridge.reference.entity.OfficeHours;
import org.clinbridge.reference.entity.WorkingHoursSchedule;

/**
 * Reads the calendar and the working hours from the database for {@link WorkingCalendar}'s shared
 * snapshot. In a transaction of its own, so that the snapshot every thread shares holds committed
 * rows only, never a change that the calling transaction has made and may still roll back.
 */
@ApplicationScoped
public class CalendarReader {
  @PersistenceContext EntityManager em;

  /** The calendar and the working hours as committed, with the revision they were read at. */
  public record Snapshot(long revision, CalendarDays days, Map<String, OfficeHours> hours) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Snapshot read() {
    // The revision first: rows read after it are at least as new, and a newer revision only
    // makes the next call read again.
    long revision = revision(em);
    List<Integer> years =
        em.createQuery("select y.number from CalendarYear y", Integer.class).getResultList();
    Map<LocalDate, DayKind> exceptions = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select d.date, d.kind from CalendarDay d where d.voiding.voided = false",
                Object[].class)
            .getResultList()) {
      exceptions.put((LocalDate) row[0], (DayKind) row[1]);
    }
    Map<String, OfficeHours> hours = new HashMap<>();
    for (WorkingHoursSchedule w :
        em.createQuery("select w from WorkingHoursSchedule w", WorkingHoursSchedule.class)
            .getResultList()) {
      hours.put(w.schedule(), w.hours());
    }
    return new Snapshot(revision, new CalendarDays(years, exceptions), Map.copyOf(hours));
  }

  /** The calendar's revision as {@code em} sees it: one row by primary key. */
  static long revision(EntityManager em) {
    Object r =
        em.createNativeQuery("select revision from calendar_revision where id = 1")
            .getSingleResult();
    return ((Number) r).longValue();
  }
}
