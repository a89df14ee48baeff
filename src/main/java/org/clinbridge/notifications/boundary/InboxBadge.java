package org.clinbridge.notifications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
      unread = caller.signedIn() ? notifications.unreadCount().get("unread") : 0L;
    }
    return unread;
  }

  /** The badge's text: the count, or null (no badge) when everything is read. */
  public String getBadge() {
    long n = getUnread();
    return n == 0 ? null : n > 99 ? "99+" : Long.toString(n);
  }
}
