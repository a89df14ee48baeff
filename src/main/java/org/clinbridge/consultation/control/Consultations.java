package org.clinbridge.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.clinbridge.consultation.entity.Consultation;
import org.clinbridge.consultation.entity.ConsultationStatus;
import org.clinbridge.consultation.entity.ServiceClock;
import org.clinbridge.consultation.entity.ServiceLevel;
import org.clinbridge.consultation.entity.Topic;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.JpqlWhere;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.reference.control.WorkingCalendar;
import org.clinbridge.reference.control.WorkingHours;

/**
 * Who sees which consultation, the lists, and the clocks. Askers see their organisation's
 * consultations; the station's consultants and district administrators see all of them (there is
 * one station). Anyone else, or an id that does not parse, gets 404.
 */
@ApplicationScoped
public class Consultations {
  public static final String ENTITY = "consultation";
  static final String CURSOR_TAG = "consultations";

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject WorkingHours workingHours;
  @Inject WorkingCalendar calendar;

  /** A consultation's clocks at an instant; {@code nextUpdate} null before the first answer. */
  public record Clocks(
      ServiceClock firstResponse, ServiceClock resolution, ServiceClock nextUpdate) {}

  /** The list filters; null for unset. */
  public record Filter(ConsultationStatus status, Topic topic) {}

  /** The station's side: consultants and district administrators. */
  public boolean station() {
    return caller.has(Role.CONSULTANT) || caller.isDistrictAdmin();
  }

  public Consultation visible(String id) {
    Consultation c = find(id);
    if (station() || c.askerOrganisation().id() == caller.organisationRef()) {
      return c;
    }
    throw ProblemException.notFound(ENTITY, id);
  }

  /** The consultation if it is the caller's organisation's (the asker's side), else 404. */
  public Consultation asked(String id) {
    Consultation c = find(id);
    if (c.askerOrganisation().id() != caller.organisationRef()) {
      throw ProblemException.notFound(ENTITY, id);
    }
    return c;
  }

  public List<Consultation> list(Filter f, PageRequest request) {
    JpqlWhere where =
        new JpqlWhere()
            .when(!station(), "c.askerOrganisation.id = :org", "org", caller.organisationRef())
            .ifSet(f.status(), "c.status = :status", "status")
            .ifSet(f.topic(), "c.topic = :topic", "topic")
            .afterCreated(request, CURSOR_TAG, "c.createdAt", "c.publicId");
    return where
        .query(
            em,
            "select c from Consultation c left join fetch c.licenceApplication",
            "order by c.createdAt, c.publicId",
            Consultation.class)
        // What each row's view reads, for the whole page in one query each, not one per row.
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.askerOrganisation")
        .setHint("eclipselink.batch", "c.project")
        .setHint("eclipselink.batch", "c.messages")
        .setHint("eclipselink.batch", "c.pauses")
        .setHint("eclipselink.batch", "c.attachments")
        .setMaxResults(request.limit() + 1)
        .getResultList();
  }

  public static Cursor cursorOf(Consultation c) {
    return JpqlWhere.createdCursor(CURSOR_TAG, c.createdAt(), c.publicId());
  }

  public ServiceLevel level(Topic topic) {
    return em.find(ServiceLevel.class, topic);
  }

  public List<ServiceLevel> levels() {
    return em.createQuery("select l from ServiceLevel l order by l.topic", ServiceLevel.class)
        .getResultList();
  }

  /** The clocks at {@code now}, on the station's hours and calendar as they are now. */
  public Clocks clocks(Consultation c, OffsetDateTime now) {
    return clocksAt(now).apply(c);
  }

  /**
   * The clocks of any number of consultations at {@code now}: the hours, the calendar and the
   * levels are read once, so a page of rows costs what one row does.
   */
  public Function<Consultation, Clocks> clocksAt(OffsetDateTime now) {
    var hours = workingHours.hours();
    var days = calendar.days();
    Map<Topic, ServiceLevel> levels = new EnumMap<>(Topic.class);
    levels().forEach(l -> levels.put(l.topic(), l));
    Instant at = now.toInstant();
    return c -> {
      ServiceLevel level = levels.get(c.topic());
      return new Clocks(
          ServiceClock.of(
              hours,
              days,
              c.created(),
              instant(c.firstResponseAt()),
              level.firstResponse(),
              c.clockPauses(),
              at),
          ServiceClock.of(
              hours,
              days,
              c.created(),
              instant(c.resolvedAt()),
              level.resolution(),
              c.clockPauses(),
              at),
          c.updateClockStart() == null
              ? null
              : ServiceClock.of(
                  hours,
                  days,
                  c.updateClockStart(),
                  instant(c.resolvedAt()),
                  level.nextUpdate(),
                  c.clockPauses(),
                  at));
    };
  }

  /** Records the breaches the clocks show at {@code now}, each once (on every change). */
  public Clocks observe(Consultation c, OffsetDateTime now) {
    Clocks clocks = clocks(c, now);
    c.recordBreaches(clocks.firstResponse(), clocks.resolution(), clocks.nextUpdate());
    return clocks;
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  private Consultation find(String id) {
    UUID publicId;
    try {
      publicId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound(ENTITY, id);
    }
    return em.createQuery("select c from Consultation c where c.publicId = :id", Consultation.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound(ENTITY, id));
  }
}
