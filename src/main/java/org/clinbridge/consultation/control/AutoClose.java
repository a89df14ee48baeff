package org.clinbridge.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinbridge.consultation.entity.Consultation;
import org.clinbridge.consultation.entity.ConsultationStatus;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.jobs.control.Job;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.reference.control.WorkingCalendar;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.CalendarNotHeld;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code consultation-auto-close} job: a RESOLVED consultation becomes CLOSED once {@code
 * consultation.auto-close-working-days} (5) working days have passed since the day it was resolved,
 * counted on the official calendar (a resolution on the eve of the Spring Festival is not closed
 * during the holiday). Each close is its own transaction and audit entry (by the system); one
 * closed meanwhile by another run, or reopened, is left alone.
 */
@ApplicationScoped
public class AutoClose implements Job {
  private static final Logger LOG = Logger.getLogger(AutoClose.class.getName());

  @PersistenceContext EntityManager em;
  @Inject WorkingCalendar calendar;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;
  @Inject AutoClose self;

  @Inject
  @ConfigProperty(name = "consultation.auto-close-working-days", defaultValue = "5")
  int workingDays;

  @Override
  public String name() {
    return "consultation-auto-close";
  }

  @Override
  public Duration interval() {
    return Duration.ofHours(1);
  }

  /** Whether a consultation resolved on {@code resolvedOn} is due to close on {@code today}. */
  public static boolean due(
      LocalDate resolvedOn, LocalDate today, int workingDays, CalendarDays days) {
    return !today.isBefore(resolvedOn) && days.workingDaysBetween(resolvedOn, today) >= workingDays;
  }

  @Override
  public String run(OffsetDateTime now) {
    ZoneId zone = clock.zone();
    LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
    CalendarDays days = calendar.days();
    List<Object[]> resolved =
        em.createQuery(
                "select c.publicId, c.resolvedAt from Consultation c where c.status = :resolved",
                Object[].class)
            .setParameter("resolved", ConsultationStatus.RESOLVED)
            .getResultList();
    int closed = 0;
    int notHeld = 0;
    for (Object[] row : resolved) {
      LocalDate resolvedOn = ((OffsetDateTime) row[1]).atZoneSameInstant(zone).toLocalDate();
      try {
        if (due(resolvedOn, today, Math.max(0, workingDays), days)
            && self.close((UUID) row[0], now)) {
          closed++;
        }
      } catch (CalendarNotHeld e) {
        notHeld++;
        LOG.log(Level.WARNING, "Consultation " + row[0] + " not closed: " + e.getMessage());
      }
    }
    return resolved.size()
        + " resolved, "
        + closed
        + " closed"
        + (notHeld > 0 ? ", " + notHeld + " beyond the calendar" : "");
  }

  /** Closes one, if it is still resolved; its own transaction and audit entry. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean close(UUID id, OffsetDateTime now) {
    Consultation c =
        em.createQuery("select c from Consultation c where c.publicId = :id", Consultation.class)
            .setParameter("id", id)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (c == null || c.status() != ConsultationStatus.RESOLVED) {
      return false;
    }
    Map<String, Object> before = c.snapshot();
    c.closeAfterResolution(now);
    em.flush();
    changed.fire(
        new Changed(
            Consultations.ENTITY,
            c.publicId().toString(),
            "closed-automatically",
            before,
            c.snapshot(),
            null,
            c.askerOrganisation().id()));
    return true;
  }
}
