package org.clinbridge.projects.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.clinbridge.projects.entity.TrlAssessment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the TRL history. */
@Schema(name = "TrlAssessment")
public record TrlView(
    int level,
    Integer previousLevel,
    LocalDate assessedOn,
    String evidence,
    String note,
    Refs.PersonRef by,
    OffsetDateTime recordedAt) {

  static TrlView of(TrlAssessment t) {
    return new TrlView(
        t.level(),
        t.previousLevel(),
        t.assessedOn(),
        t.evidence(),
        t.note(),
        Refs.PersonRef.of(t.actor()),
        t.recordedAt());
  }
}
