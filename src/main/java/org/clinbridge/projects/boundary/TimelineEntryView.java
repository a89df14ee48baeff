package org.clinbridge.projects.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.clinbridge.projects.entity.ProjectEvent;
import org.clinbridge.projects.entity.ProjectEventKind;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.projects.entity.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One dated move of a project: what, who, why, on which evidence. */
@Schema(name = "TimelineEntry")
public record TimelineEntryView(
    int seq,
    ProjectEventKind kind,
    Stage fromStage,
    Stage toStage,
    ProjectStatus fromStatus,
    ProjectStatus toStatus,
    String reason,
    List<EvidenceForm> evidence,
    Refs.PersonRef by,
    OffsetDateTime at) {

  static TimelineEntryView of(ProjectEvent e) {
    return new TimelineEntryView(
        e.seq(),
        e.kind(),
        e.fromStage(),
        e.toStage(),
        e.fromStatus(),
        e.toStatus(),
        e.reason(),
        e.evidence().stream().map(EvidenceForm::of).toList(),
        Refs.PersonRef.of(e.actor()),
        e.occurredAt());
  }
}
