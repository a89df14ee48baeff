package org.clinbridge.platform.voiding;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The voiding of a record on the wire, as the {@code voiding} member of the record's view; absent
 * ({@code null}) while the record is live.
 */
@Schema(name = "Voiding", description = "When, by whom and why the record was voided")
public record VoidingView(OffsetDateTime at, String by, String reason) {
  /** The view of {@code v}, or {@code null} for a live record (or one never given a voiding). */
  public static VoidingView of(Voiding v) {
    return v == null || !v.voided()
        ? null
        : new VoidingView(v.voidedAt(), v.voidedBy(), v.reason());
  }
}
