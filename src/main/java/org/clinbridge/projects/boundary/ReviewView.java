package org.clinbridge.projects.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinbridge.projects.entity.MilestoneReview;
import org.clinbridge.projects.entity.ReviewDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded milestone review. */
@Schema(name = "MilestoneReview")
public record ReviewView(
    UUID id,
    ReviewDecision decision,
    String note,
    LocalDate reviewedOn,
    Refs.PersonRef by,
    OffsetDateTime recordedAt) {

  static ReviewView of(MilestoneReview r) {
    return new ReviewView(
        r.publicId(),
        r.decision(),
        r.note(),
        r.reviewedOn(),
        Refs.PersonRef.of(r.actor()),
        r.recordedAt());
  }
}
