package org.clinbridge.projects.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.control.ProjectAccess;

/**
 * The milestone dialogs of the project page: plan one, change an open one (against the version the
 * page showed, as the API's If-Match), record it as reached with its evidence, cancel it with a
 * reason. Reviews stay with {@link ProjectPage}, beside the other decisions of the manager. The
 * start-up's members, the project's manager and district administrators may do all four, as the API
 * lets them.
 */
@Named("milestonesPage")
@ViewScoped
public class ProjectMilestonesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProjectPage projectPage;
  @Inject MilestonesResource milestones;
  @Inject ProjectAccess access;
  @Inject DistrictClock clock;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private transient Boolean editing;

  private String milestoneId;
  private long milestoneVersion;
  private String titleZh;
  private String titleEn;
  private LocalDate plannedOn;
  private LocalDate dueOn;
  private String responsible;
  private LocalDate reachedOn;
  private String evidence;
  private String cancelReason;

  /** Whether the caller may plan and change the project's milestones. */
  public boolean isEditing() {
    if (editing == null) {
      editing = access.canEdit(access.visible(project()));
    }
    return editing;
  }

  private UUID project() {
    return projectPage.getProject().id();
  }

  /** Opens the milestone dialog empty, planned from today. */
  public void prepareNew() {
    milestoneId = null;
    titleZh = null;
    titleEn = null;
    plannedOn = clock.today();
    dueOn = null;
    responsible = null;
  }

  /** Opens the milestone dialog on an open milestone as the page showed it. */
  public void prepareEdit(MilestoneView m) {
    milestoneId = m.id().toString();
    milestoneVersion = m.version();
    titleZh = m.title().zh();
    titleEn = m.title().en();
    plannedOn = m.plannedOn();
    dueOn = m.dueOn();
    responsible = m.responsible();
  }

  public boolean isNew() {
    return milestoneId == null;
  }

  public String save() {
    Bilingual title = new Bilingual(titleZh, titleEn);
    try {
      if (isNew()) {
        milestones.planMilestone(
            project(),
            Violations.valid(
                new MilestoneForms.NewMilestoneForm(title, plannedOn, dueOn, responsible)));
      } else {
        milestones.reviseMilestone(
            project(),
            UUID.fromString(milestoneId),
            milestoneVersion,
            Violations.valid(new MilestoneForms.MilestoneForm(title, dueOn, responsible)));
      }
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("milestone-form", e);
    }
    messages.info(texts.text(isNew() ? "milestone.planned" : "milestone.changed"));
    return back();
  }

  public void prepareReach(String id) {
    milestoneId = id;
    reachedOn = clock.today();
    evidence = null;
  }

  public String reach() {
    try {
      milestones.reachMilestone(
          project(),
          UUID.fromString(milestoneId),
          Violations.valid(new MilestoneForms.ReachForm(reachedOn, evidence)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("reach-form", e);
    }
    messages.info(texts.text("milestone.reached-recorded"));
    return back();
  }

  public void prepareCancel(String id) {
    milestoneId = id;
    cancelReason = null;
  }

  public String cancel() {
    try {
      milestones.cancelMilestone(
          project(),
          UUID.fromString(milestoneId),
          Violations.valid(new MilestoneForms.CancelForm(cancelReason)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("cancel-form", e);
    }
    messages.info(texts.text("milestone.cancelled"));
    return back();
  }

  private String back() {
    return "/app/project?faces-redirect=true&id=" + project() + "&tab=milestones";
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public LocalDate getPlannedOn() {
    return plannedOn;
  }

  public void setPlannedOn(LocalDate plannedOn) {
    this.plannedOn = plannedOn;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public String getResponsible() {
    return responsible;
  }

  public void setResponsible(String responsible) {
    this.responsible = responsible;
  }

  public LocalDate getReachedOn() {
    return reachedOn;
  }

  public void setReachedOn(LocalDate reachedOn) {
    this.reachedOn = reachedOn;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
