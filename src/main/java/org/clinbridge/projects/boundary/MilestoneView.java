package org.clinbridge.projects.boundary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.projects.entity.Milestone;
import org.clinbridge.projects.entity.MilestoneStatus;
import org.clinbridge.projects.entity.ReviewDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone, with whether it is overdue today and by how many days. */
@Schema(name = "Milestone")
public record MilestoneView(
    UUID id,
    ProjectRef project,
    Bilingual title,
    LocalDate plannedOn,
    LocalDate dueOn,
    String responsible,
    MilestoneStatus status,
    LocalDate reachedOn,
    String evidence,
    String cancelReason,
    ReviewDecision latestDecision,
    LocalDate latestReviewedOn,
    boolean overdue,
    @Schema(description = "Days past the due date while open; 0 otherwise") long daysOverdue,
    long version) {

  @Schema(name = "ProjectRef")
  public record ProjectRef(UUID id, String code, Bilingual title) {}

  public static MilestoneView of(Milestone m, LocalDate today) {
    boolean overdue = m.overdue(today);
    return new MilestoneView(
        m.publicId(),
        new ProjectRef(m.project().publicId(), m.project().code(), m.project().title().view()),
        m.title().view(),
        m.plannedOn(),
        m.dueOn(),
        m.responsible(),
        m.status(),
        m.reachedOn(),
        m.evidence(),
        m.cancelReason(),
        m.latestDecision(),
        m.latestReviewedOn(),
        overdue,
        overdue ? ChronoUnit.DAYS.between(m.dueOn(), today) : 0,
        m.version());
  }
}
