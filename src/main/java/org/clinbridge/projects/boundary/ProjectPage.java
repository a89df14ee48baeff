package org.clinbridge.projects.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.clinbridge.organisations.control.TechnologyManagers;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Gate;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.projects.entity.ReviewDecision;
import org.clinbridge.projects.entity.Stage;

/**
 * One project's page: its record, timeline, TRL history and milestones, with the dialogs of its
 * lifecycle: stage moves, status changes (hold, resume, terminate, graduate), TRL assessments, the
 * manager's assignment and milestone reviews (planning and changing milestones is {@link
 * ProjectMilestonesPage}'s). Every action calls the same typed use case as the API, so the same
 * rules and the same problems (shown in the session's language) apply. Views are re-read on each
 * request rather than kept in the view state.
 */
@Named("projectPage")
@ViewScoped
public class ProjectPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProjectsResource projects;
  @Inject MilestonesResource milestones;
  @Inject StageGatesResource gates;
  @Inject ProjectAccess access;
  @Inject TechnologyManagers managers;
  @Inject Caller caller;
  @Inject DistrictClock clock;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String id;
  private String tab;

  private transient ProjectView project;
  private transient List<TimelineEntryView> timeline;
  private transient List<TrlView> trl;
  private transient List<MilestoneView> milestoneList;
  private transient Boolean managing;
  private List<TechnologyManagers.Manager> managerOptions = List.of();

  private String moveTo;
  private String moveReason;
  private List<EvidenceRow> evidenceRows = new ArrayList<>();

  private String statusTo;
  private String statusReason;
  private List<EvidenceRow> statusEvidence = new ArrayList<>();

  private Integer trlLevel;
  private LocalDate trlAssessedOn;
  private String trlEvidence;
  private String trlNote;

  private String managerId;

  private String reviewMilestone;
  private String reviewDecision = ReviewDecision.GO.name();
  private String reviewNote;
  private String reviewFrom;

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
      project = projects.read(uuid());
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
    // Asked once per view: the page asks it for every milestone row, and each answer read the
    // project again. Every action checks it anew in its use case.
    if (managing == null) {
      managing = access.manages(access.visible(uuid()));
    }
    return managing;
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
    Stage to = Stage.valueOf(moveTo);
    evidenceRows =
        getProject().stage().next().filter(n -> n == to).isPresent()
            ? evidenceOf(Gate.entering(to))
            : new ArrayList<>();
  }

  /** One empty row per kind of evidence the gate asks for. */
  private List<EvidenceRow> evidenceOf(Gate gate) {
    List<EvidenceRow> rows = new ArrayList<>();
    for (StageGatesResource.StageGateView g : gates.list().items()) {
      if (g.gate() == gate) {
        for (StageGatesResource.GateEvidenceView e : g.evidence()) {
          rows.add(new EvidenceRow(e.code(), e.name().zh(), e.name().en()));
        }
      }
    }
    return rows;
  }

  private static List<EvidenceForm> given(List<EvidenceRow> rows) {
    return rows.stream()
        .filter(r -> r.reference != null && !r.reference.isBlank())
        .map(r -> new EvidenceForm(r.code, r.reference.trim()))
        .toList();
  }

  public boolean isForward() {
    return !evidenceRows.isEmpty();
  }

  public String move() {
    try {
      projects.move(
          uuid(),
          Violations.valid(
              new MoveForms.StageMoveForm(Stage.valueOf(moveTo), moveReason, given(evidenceRows))));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("move", e);
    }
    String stage = "stage." + moveTo;
    messages.info(texts.text("project.moved", texts.text(stage)));
    return reload();
  }

  private String reload() {
    return "/app/project?faces-redirect=true&id=" + id;
  }

  /** The statuses the project may change to now (none once it graduated or was terminated). */
  public List<String> getStatusOptions() {
    ProjectStatus current = getProject().status();
    return Arrays.stream(ProjectStatus.values())
        .filter(current::canChangeTo)
        .map(Enum::name)
        .toList();
  }

  /** Opens the status dialog on the first status the project may change to. */
  public void prepareStatus() {
    List<String> options = getStatusOptions();
    statusTo = options.isEmpty() ? null : options.get(0);
    statusReason = null;
    statusTargetChanged();
  }

  /** Graduation asks for the graduation gate's evidence; the other changes for a reason. */
  public void statusTargetChanged() {
    statusEvidence =
        ProjectStatus.GRADUATED.name().equals(statusTo)
            ? evidenceOf(Gate.GRADUATION)
            : new ArrayList<>();
  }

  public String changeStatus() {
    try {
      projects.changeStatusOf(
          uuid(),
          Violations.valid(
              new MoveForms.StatusChangeForm(
                  statusTo == null ? null : ProjectStatus.valueOf(statusTo),
                  statusReason,
                  given(statusEvidence))));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("status-form", e);
    }
    String status = "status." + statusTo;
    messages.info(texts.text("project.status-changed", texts.text(status)));
    return reload();
  }

  /** Opens the TRL dialog at the current level, assessed today. */
  public void prepareTrl() {
    trlLevel = getProject().trl();
    trlAssessedOn = clock.today();
    trlEvidence = null;
    trlNote = null;
  }

  public String assessTrl() {
    try {
      projects.recordTrl(
          uuid(),
          Violations.valid(new MoveForms.TrlForm(trlLevel, trlAssessedOn, trlEvidence, trlNote)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("trl-form", e);
    }
    messages.info(texts.text("project.trl-assessed", trlLevel));
    return reload();
  }

  /** The nine technology readiness levels. */
  public List<Integer> getTrlLevels() {
    return java.util.stream.IntStream.rangeClosed(1, 9).boxed().toList();
  }

  /** District administrators assign managers (the API's rule). */
  public boolean isAssigning() {
    return caller.isDistrictAdmin();
  }

  /** Read when the dialog opens, not with every rendering of the page. */
  public List<TechnologyManagers.Manager> getManagerOptions() {
    return managerOptions;
  }

  public void prepareManager() {
    managerOptions = managers.all(1000);
    UUID current = getProject().manager() == null ? null : getProject().manager().id();
    managerId = current == null ? null : current.toString();
  }

  public String assignManager() {
    try {
      UUID chosen = managerId == null || managerId.isBlank() ? null : UUID.fromString(managerId);
      projects.assign(uuid(), Violations.valid(new MoveForms.ManagerForm(chosen)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("manager-form", e);
    }
    messages.info(
        managerId == null || managerId.isBlank()
            ? texts.text("project.manager-unassigned")
            : texts.text("project.manager-assigned"));
    return reload();
  }

  public void prepareReview(String milestoneId) {
    reviewMilestone = milestoneId;
    reviewDecision = ReviewDecision.GO.name();
    reviewNote = null;
    reviewFrom = null;
  }

  /** The review dialog opened from another tab (the grants tab's tranche): it returns there. */
  public void prepareReviewFrom(String milestoneId, String tab) {
    prepareReview(milestoneId);
    reviewFrom = tab;
  }

  public String review() {
    try {
      milestones.reviewMilestone(
          uuid(),
          UUID.fromString(reviewMilestone),
          Violations.valid(
              new MilestoneForms.ReviewForm(
                  ReviewDecision.valueOf(reviewDecision), reviewNote, null)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("review", e);
    }
    String decision = "decision." + reviewDecision;
    messages.info(texts.text("milestone.reviewed", texts.text(decision)));
    return reviewFrom == null ? reload() : reload() + "&tab=" + reviewFrom;
  }

  public List<String> getDecisionOptions() {
    return Arrays.stream(ReviewDecision.values()).map(Enum::name).toList();
  }

  /** The tab a redirect asks for (a milestone, grant or patent dialog returns to its own tab). */
  public int getTabIndex() {
    return switch (tab == null ? "" : tab) {
      case "milestones" -> 2;
      case "grants" -> 3;
      case "patents" -> 4;
      default -> 0;
    };
  }

  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab = tab;
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

  public String getStatusTo() {
    return statusTo;
  }

  public void setStatusTo(String statusTo) {
    this.statusTo = statusTo;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public void setStatusReason(String statusReason) {
    this.statusReason = statusReason;
  }

  public List<EvidenceRow> getStatusEvidence() {
    return statusEvidence;
  }

  public Integer getTrlLevel() {
    return trlLevel;
  }

  public void setTrlLevel(Integer trlLevel) {
    this.trlLevel = trlLevel;
  }

  public LocalDate getTrlAssessedOn() {
    return trlAssessedOn;
  }

  public void setTrlAssessedOn(LocalDate trlAssessedOn) {
    this.trlAssessedOn = trlAssessedOn;
  }

  public String getTrlEvidence() {
    return trlEvidence;
  }

  public void setTrlEvidence(String trlEvidence) {
    this.trlEvidence = trlEvidence;
  }

  public String getTrlNote() {
    return trlNote;
  }

  public void setTrlNote(String trlNote) {
    this.trlNote = trlNote;
  }

  public String getManagerId() {
    return managerId;
  }

  public void setManagerId(String managerId) {
    this.managerId = managerId;
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
