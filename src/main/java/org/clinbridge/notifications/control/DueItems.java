package org.clinbridge.notifications.control;

import java.time.LocalDate;
import java.util.List;

/**
 * An area's source of things that fall due (a CDI bean; the {@code reminders} job asks every one).
 * It answers the open items whose first reminder may have come by {@code today} ({@link
 * Reminders#horizon} of its lead times) and, when it reminds of overdue ones, those due since
 * {@code overdueSince}; in one query or a few, never one per item.
 */
public interface DueItems {
  List<DueItem> due(LocalDate today, LocalDate overdueSince);
}
