package org.clinbridge.platform.audit.boundary;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinbridge.platform.audit.entity.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit entry on the wire. The owning organisation's internal key stays inside. */
@Schema(name = "AuditEntry", description = "One entry of a record's audit history")
public record AuditEntryView(
    @Schema(description = "Position in the audit chain; gapless, in commit order") long sequence,
    @Schema(description = "When the change was recorded (UTC)") OffsetDateTime at,
    ActorView actor,
    @Schema(example = "organisation") String entity,
    @Schema(description = "The record's public id") String id,
    @Schema(example = "updated") String action,
    @Schema(type = SchemaType.OBJECT, description = "Field values before the change")
        JsonValue before,
    @Schema(type = SchemaType.OBJECT, description = "Field values after the change")
        JsonValue after,
    String reason,
    @Schema(description = "X-Request-Id of the request that made the change") String requestId,
    @Schema(description = "SHA-256 of the previous entry (hex)") String previousHash,
    @Schema(description = "SHA-256 over previousHash and this entry's fields (hex)") String hash) {

  /** Who made the change; no account for the system's own work. */
  @Schema(name = "AuditActor")
  public record ActorView(String username, UUID accountId, UUID organisationId) {}

  static AuditEntryView of(AuditEntry e) {
    return new AuditEntryView(
        e.seq(),
        e.recordedAt(),
        new ActorView(e.actorUsername(), e.actorAccountId(), e.actorOrganisationId()),
        e.entity(),
        e.publicId(),
        e.action(),
        json(e.oldValues()),
        json(e.newValues()),
        e.reason(),
        e.requestId(),
        e.previousHash(),
        e.hash());
  }

  private static JsonValue json(String text) {
    if (text == null) {
      return null;
    }
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.readValue();
    }
  }
}
