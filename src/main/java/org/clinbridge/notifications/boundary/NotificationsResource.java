package org.clinbridge.notifications.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.notifications.control.Notifications;
import org.clinbridge.notifications.entity.Notification;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's inbox: the organisation's messages and their own. Another organisation's message, or
 * one addressed to another person, answers 404.
 */
@Boundary
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications", description = "The organisation's inbox")
@SignedIn
public class NotificationsResource {
  @Inject Caller caller;
  @Inject Notifications notifications;
  @Inject DistrictClock clock;

  @GET
  @Operation(
      operationId = "listNotifications",
      summary = "My organisation's notifications, newest first")
  @APIResponse(
      responseCode = "200",
      description = "One page of notifications",
      content = @Content(schema = @Schema(ref = "Notification")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<NotificationView> list(
      @Parameter(description = "Only unread ones") @QueryParam("unread") Boolean unread,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    return Page.of(
        notifications.page(
            caller.organisationRef(), caller.accountId(), Boolean.TRUE.equals(unread), page),
        page.limit(),
        NotificationView::of,
        Notifications::cursorOf);
  }

  @GET
  @Path("unread-count")
  @Operation(
      operationId = "countUnreadNotifications",
      summary = "How many notifications my organisation has not read")
  @APIResponse(
      responseCode = "200",
      description = "The number of unread notifications, as {\"unread\": n}",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  public Map<String, Long> unreadCount() {
    return Map.of("unread", notifications.unread(caller.organisationRef(), caller.accountId()));
  }

  @POST
  @Path("{id}/read")
  @Operation(operationId = "markNotificationRead", summary = "Mark a notification read")
  @APIResponse(
      responseCode = "200",
      description = "The notification, read",
      content = @Content(schema = @Schema(ref = "Notification")))
  public NotificationView read(@PathParam("id") String id) {
    Notification n = mine(id);
    n.markRead(clock.now());
    return NotificationView.of(n);
  }

  private Notification mine(String id) {
    UUID publicId;
    try {
      publicId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("notification", id);
    }
    return notifications
        .mine(publicId, caller.organisationRef(), caller.accountId())
        .orElseThrow(() -> ProblemException.notFound("notification", id));
  }
}
