package org.clinbridge.notifications.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinbridge.notifications.entity.Notification;
import org.clinbridge.platform.i18n.Bilingual;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message of the inbox. */
@Schema(name = "Notification")
public record NotificationView(
    UUID id,
    String kind,
    Bilingual subject,
    Bilingual body,
    String link,
    @Schema(description = "True when it is addressed to the caller alone, not to the organisation")
        boolean personal,
    OffsetDateTime createdAt,
    OffsetDateTime readAt) {
  static NotificationView of(Notification n) {
    return new NotificationView(
        n.publicId(),
        n.kind(),
        n.subject().view(),
        n.body().view(),
        n.link(),
        n.personal(),
        n.createdAt(),
        n.readAt());
  }
}
