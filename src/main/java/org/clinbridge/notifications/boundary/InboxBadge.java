package org.clinbridge.notifications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;

/** The unread count beside the menu's inbox entry, read once per page request. */
@Named("inboxBadge")
@RequestScoped
public class InboxBadge {
  @Inject NotificationsResource notifications;
  @Inject Caller caller;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      // The layout shows it on every page: a caller without an inbox gets no badge, never an error.
      unread = 0L;
      if (caller.signedIn() && !caller.roles().isEmpty()) {
        try {
          unread = notifications.unreadCount().get("unread");
        } catch (ProblemException e) {
          unread = 0L;
        }
      }
    }
    return unread;
  }

  /** The badge's text: the count, or null (no badge) when everything is read. */
  public String getBadge() {
    long n = getUnread();
    return n == 0 ? null : n > 99 ? "99+" : Long.toString(n);
  }
}
