package org.clinbridge.notifications.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.i18n.Messages;

/**
 * Something that falls due, as an area declares it for reminders: a stable key (the item's kind and
 * public id, and the recipient when several are reminded of one item), whose it is (an
 * organisation, or one person of it), when it is due, what it is in both languages, where it lives,
 * the lead times, and whether it is also reminded of once overdue.
 *
 * @param kind the notification kind, e.g. {@code milestone-due}; stable, for clients to filter on
 */
public record DueItem(
    String key,
    String kind,
    Organisation organisation,
    Account person,
    LocalDate due,
    BilingualText what,
    String link,
    List<Lead> leads,
    boolean remindOverdue,
    Instant dueAt,
    Duration workingTimeLeft) {

  public DueItem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(what, "what");
    leads = List.copyOf(leads);
  }

  /**
   * What falls due, in both languages, from the ui bundle's {@code reminder.what.<kind>} with the
   * area's arguments (texts in both languages are shown in each message's own).
   */
  public static BilingualText what(String kind, Object... args) {
    return BilingualText.of(Messages.both("ui", "reminder.what." + kind, args));
  }

  /** For everyone of an organisation. */
  public static DueItem of(
      String key,
      String kind,
      Organisation to,
      LocalDate due,
      BilingualText what,
      String link,
      List<Lead> leads,
      boolean remindOverdue) {
    return new DueItem(key, kind, to, null, due, what, link, leads, remindOverdue, null, null);
  }

  /**
   * A deadline at an instant, counted in the area's working time (a service level): {@code left} is
   * the working time left as the area's own clock counts it, negative once passed; its leads are in
   * working hours. For one person when {@code person} is set, else for the organisation.
   */
  public static DueItem atInstant(
      String key,
      String kind,
      Organisation to,
      Account person,
      Instant dueAt,
      LocalDate dueDay,
      Duration left,
      BilingualText what,
      String link,
      List<Lead> leads) {
    return new DueItem(
        key,
        kind,
        to,
        person,
        dueDay,
        what,
        link,
        leads,
        true,
        Objects.requireNonNull(dueAt),
        Objects.requireNonNull(left));
  }
}
