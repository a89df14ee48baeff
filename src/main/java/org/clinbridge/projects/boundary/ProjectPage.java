package org.clinbridge.projects.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Gate;
import org.clinbridge.projects.entity.ReviewDecision;
import org.clinbridge.projects.entity.Stage;

/**
 * One project's page: its record, timeline, TRL history and milestones, with the dialogs for stage
 * moves and milestone reviews. Every action goes through the same boundary methods as the API, so
 * the same rules and the same problems (shown in the session's language) apply. Views are re-read
 * on each request rather than kept in the view state.
 */
@Named("projectPage")
@ViewScoped
public class ProjectPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProjectsResource projects;
  @Inject MilestonesResource milestones;
  @Inject StageGatesResource gates;
  @Inject ProjectAccess access;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String id;

  private transient ProjectView project;
  private transient List<TimelineEntryView> timeline;
  private transient List<TrlView> trl;
  private transient List<MilestoneView> milestoneList;

  private String moveTo;
  private String moveReason;
  private List<EvidenceRow> evidenceRows = new ArrayList<>();

  private String reviewMilestone;
  private String reviewDecision = ReviewDecision.GO.name();
  private String reviewNote;

  /** One kind of evidence the next gate asks for, and the reference typed in the dialog. */
  public static class EvidenceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String nameZh;
    private final String nameEn;
    private String reference;

    EvidenceRow(String code, String nameZh, String nameEn) {
      this.code = code;
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    public String getCode() {
      return code;
    }

    public String getNameZh() {
      return nameZh;
    }

    public String getNameEn() {
      return nameEn;
    }

    public String getReference() {
      return reference;
    }

    public void setReference(String reference) {
      this.reference = reference;
    }
  }

  private UUID uuid() {
    try {
      return UUID.fromString(id);
    } catch (RuntimeException e) {
      throw ProblemException.notFound("project", id);
    }
  }

  /**
   * Runs before the page renders: a project the caller may not see (or a bad id) answers the page
   * request with a 404, which the error page shows as "not found", as the API does.
   */
  public void load() {
    try {
      getProject();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  public ProjectView getProject() {
    if (project == null) {
      project = (ProjectView) projects.get(uuid()).getEntity();
    }
    return project;
  }

  public List<TimelineEntryView> getTimeline() {
    if (timeline == null) {
      timeline = projects.timeline(uuid(), 200, null).items();
    }
    return timeline;
  }

  public List<TrlView> getTrl() {
    if (trl == null) {
      trl = projects.trlHistory(uuid()).items();
    }
    return trl;
  }

  public List<MilestoneView> getMilestones() {
    if (milestoneList == null) {
      milestoneList = milestones.list(uuid(), 200, null).items();
    }
    return milestoneList;
  }

  /** The project's manager or a district administrator: may move it and review milestones. */
  public boolean isManaging() {
    return access.manages(access.visible(uuid()));
  }

  public List<String> getStageOptions() {
    Stage current = Stage.valueOf(getProject().stage().name());
    return Arrays.stream(Stage.values()).filter(s -> s != current).map(Enum::name).toList();
  }

  /** Opens the stage dialog on the next stage, with the evidence its gate asks for. */
  public void prepareMove() {
    Stage current = getProject().stage();
    moveTo = current.next().orElse(Stage.LAB_RESEARCH).name();
    moveReason = null;
    loadEvidence();
  }

  /** The dialog's target changed: a forward move shows its gate's evidence, a back move none. */
  public void targetChanged() {
    loadEvidence();
  }

  private void loadEvidence() {
    evidenceRows = new ArrayList<>();
    Stage to = Stage.valueOf(moveTo);
    if (getProject().stage().next().filter(n -> n == to).isEmpty()) {
      return;
    }
    StageGatesResource.StageGateView gate =
        (StageGatesResource.StageGateView) gates.get(Gate.entering(to).name()).getEntity();
    for (StageGatesResource.GateEvidenceView e : gate.evidence()) {
      evidenceRows.add(new EvidenceRow(e.code(), e.name().zh(), e.name().en()));
    }
  }

  public boolean isForward() {
    return !evidenceRows.isEmpty();
  }

  public String move() {
    List<EvidenceForm> evidence =
        evidenceRows.stream()
            .filter(r -> r.reference != null && !r.reference.isBlank())
            .map(r -> new EvidenceForm(r.code, r.reference.trim()))
            .toList();
    try {
      access.managed(uuid());
      projects.moveStage(
          uuid(), new MoveForms.StageMoveForm(Stage.valueOf(moveTo), moveReason, evidence));
    } catch (ProblemException e) {
      return messages.show("move", e);
    }
    String stage = "stage." + moveTo;
    messages.info(texts.text("project.moved", texts.text(stage)));
    return "/app/project?faces-redirect=true&id=" + id;
  }

  public void prepareReview(String milestoneId) {
    reviewMilestone = milestoneId;
    reviewDecision = ReviewDecision.GO.name();
    reviewNote = null;
  }

  public String review() {
    try {
      access.managed(uuid());
      milestones.review(
          uuid(),
          UUID.fromString(reviewMilestone),
          new MilestoneForms.ReviewForm(ReviewDecision.valueOf(reviewDecision), reviewNote, null));
    } catch (ProblemException e) {
      return messages.show("review", e);
    }
    String decision = "decision." + reviewDecision;
    messages.info(texts.text("milestone.reviewed", texts.text(decision)));
    return "/app/project?faces-redirect=true&id=" + id;
  }

  public List<String> getDecisionOptions() {
    return Arrays.stream(ReviewDecision.values()).map(Enum::name).toList();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(String moveTo) {
    this.moveTo = moveTo;
  }

  public String getMoveReason() {
    return moveReason;
  }

  public void setMoveReason(String moveReason) {
    this.moveReason = moveReason;
  }

  public List<EvidenceRow> getEvidenceRows() {
    return evidenceRows;
  }

  public String getReviewMilestone() {
    return reviewMilestone;
  }

  public String getReviewDecision() {
    return reviewDecision;
  }

  public void setReviewDecision(String reviewDecision) {
    this.reviewDecision = reviewDecision;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public void setReviewNote(String reviewNote) {
    this.reviewNote = reviewNote;
  }
}
