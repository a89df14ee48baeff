package org.clinbridge.notifications.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinbridge.platform.pages.KeysetDataModel;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;

/**
 * The organisation's inbox (app/inbox.xhtml): newest first, or the unread ones only; opening a
 * message marks it read and shows the record it is about. The API's own use cases, so another
 * organisation's message is not found.
 */
@Named("inbox")
@ViewScoped
public class InboxPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject NotificationsResource notifications;
  @Inject Caller caller;
  @Inject PageMessages messages;

  private boolean unreadOnly;

  private final KeysetDataModel<NotificationView> model =
      new KeysetDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<NotificationView> fetch(PageRequest request) {
          return notifications.list(unreadOnly, request.limit(), request.cursor());
        }

        @Override
        protected String keyOf(NotificationView row) {
          return row.id().toString();
        }
      };

  /** The page's guard ({@code f:viewAction}): every role has an inbox. */
  public void load() {
    Pages.require(caller.signedIn() && !caller.roles().isEmpty());
  }

  /** The filter changed: the table starts over. */
  public void filter() {
    model.reset();
  }

  public String markRead(String id) {
    try {
      notifications.read(id);
    } catch (ProblemException e) {
      return messages.show("inbox", e);
    }
    if (unreadOnly) {
      model.reset();
    }
    return null;
  }

  /** Marks the message read and opens the page of the record it is about. */
  public String open(String id, String link) {
    try {
      notifications.read(id);
    } catch (ProblemException e) {
      return messages.show("inbox", e);
    }
    String page = InboxLinks.page(link);
    if (page == null) {
      return null;
    }
    return page + "&faces-redirect=true";
  }

  /** The page of a message's record, or null when it has none. */
  public String pageOf(String link) {
    return InboxLinks.page(link);
  }

  public KeysetDataModel<NotificationView> getModel() {
    return model;
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public void setUnreadOnly(boolean unreadOnly) {
    this.unreadOnly = unreadOnly;
  }
}
