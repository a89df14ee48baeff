package org.clinbridge.consultation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinbridge.consultation.entity.Consultation;
import org.clinbridge.consultation.entity.ConsultationStatus;
import org.clinbridge.consultation.entity.ServiceClock;
import org.clinbridge.notifications.control.DueItem;
import org.clinbridge.notifications.control.DueItems;
import org.clinbridge.notifications.control.Lead;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.time.DistrictClock;

/**
 * The station's service levels as due items: for each consultation the station owes something (a
 * first response, a resolution), a warning one working hour before the level is breached and a
 * notice once it is, to the consultant it is assigned to or, unassigned, to every consultation
 * station. Counted by the consultation's own clocks (the station's working hours and calendar, less
 * the pauses), so a question waiting for the asker's documents warns no one.
 */
@ApplicationScoped
public class ServiceLevelReminders implements DueItems {
  static final List<Lead> LEADS = List.of(Lead.workingHours(1));

  private static final EnumSet<ConsultationStatus> OWED =
      EnumSet.of(ConsultationStatus.NEW, ConsultationStatus.OPEN, ConsultationStatus.REOPENED);

  @PersistenceContext EntityManager em;
  @Inject Consultations consultations;
  @Inject DistrictClock clock;

  @Override
  public List<DueItem> due(LocalDate today, LocalDate overdueSince) {
    List<Consultation> owed =
        em.createQuery(
                "select c from Consultation c join fetch c.askerOrganisation"
                    + " where c.status in :owed",
                Consultation.class)
            .setParameter("owed", OWED)
            .getResultList();
    if (owed.isEmpty()) {
      return List.of();
    }
    Map<String, Account> assignees = assignees(owed);
    List<Organisation> stations = null;
    OffsetDateTime now = clock.now();
    ZoneId zone = clock.zone();
    List<DueItem> items = new ArrayList<>();
    var clocksNow = consultations.clocksAt(now);
    for (Consultation c : owed) {
      Consultations.Clocks clocks = clocksNow.apply(c);
      Account assignee = c.assignee() == null ? null : assignees.get(c.assignee());
      List<Organisation> to;
      if (assignee != null) {
        to = List.of(assignee.organisation());
      } else {
        if (stations == null) {
          stations = stations();
        }
        to = stations;
      }
      for (Organisation station : to) {
        String suffix = assignee != null ? "" : ":" + station.publicId();
        if (c.firstResponseAt() == null) {
          add(
              items,
              c,
              "consultation-first-response",
              clocks.firstResponse(),
              station,
              assignee,
              suffix,
              zone);
        }
        add(
            items,
            c,
            "consultation-resolution",
            clocks.resolution(),
            station,
            assignee,
            suffix,
            zone);
        if (clocks.nextUpdate() != null) {
          // Each stretch between two updates warns on its own: its start is in the key.
          add(
              items,
              c,
              "consultation-next-update",
              clocks.nextUpdate(),
              station,
              assignee,
              ":" + c.updateClockStart().getEpochSecond() + suffix,
              zone);
        }
      }
    }
    return items;
  }

  private static void add(
      List<DueItem> items,
      Consultation c,
      String kind,
      ServiceClock clock,
      Organisation station,
      Account assignee,
      String suffix,
      ZoneId zone) {
    boolean counted =
        clock.state() == ServiceClock.State.RUNNING || clock.state() == ServiceClock.State.BREACHED;
    if (!counted || clock.due() == null || clock.left() == null) {
      return;
    }
    items.add(
        DueItem.atInstant(
            kind + ":" + c.publicId() + suffix,
            kind,
            station,
            assignee,
            clock.due(),
            clock.due().atZone(zone).toLocalDate(),
            clock.left(),
            DueItem.what(kind, c.subject()),
            "/api/consultations/" + c.publicId(),
            LEADS));
  }

  /** The assigned consultants' accounts, in one query. */
  private Map<String, Account> assignees(List<Consultation> owed) {
    List<String> names =
        owed.stream().map(Consultation::assignee).filter(n -> n != null).distinct().toList();
    if (names.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select a from Account a join fetch a.organisation where a.username in :names",
            Account.class)
        .setParameter("names", names)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Account::username, Function.identity()));
  }

  private List<Organisation> stations() {
    return em.createQuery(
            "select o from Organisation o where o.kind = :station and o.active = true",
            Organisation.class)
        .setParameter("station", OrganisationKind.CONSULTATION_STATION)
        .getResultList();
  }
}
