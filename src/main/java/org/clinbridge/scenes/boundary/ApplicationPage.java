package org.clinbridge.scenes.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Set;
import java.util.function.Supplier;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.scenes.boundary.ApplicationMoves.Move;
import org.clinbridge.scenes.entity.Participation;

/**
 * One application, for both sides (app/application.xhtml?id=): its state, the project and the
 * scene, the message thread and the actions the caller's side may take now. The buttons follow
 * {@link ApplicationMoves}; every action runs the API's own use case in {@link
 * ApplicationsResource}, which decides again and whose refusal is shown in the session's language.
 * Application actions are transitions of a state machine, not edits, so, as in the API, they carry
 * no version: an action on a page that went stale meets the state machine's own 409.
 */
@Named("applicationPage")
@ViewScoped
public class ApplicationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ApplicationsResource applications;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String id;
  private transient ApplicationView application;

  private String message;
  private String infoRequest;
  private String withdrawReason;
  private String rejectReason;
  private String conditions;

  /** The page's guard and loader ({@code f:viewAction}). */
  public void load() {
    if (!Pages.require(
        caller.has(Role.START_UP_MEMBER)
            || caller.has(Role.HOSPITAL_STAFF)
            || caller.isDistrictAdmin())) {
      return;
    }
    try {
      getApplication();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  public ApplicationView getApplication() {
    if (application == null) {
      if (id == null) {
        throw ProblemException.notFound(ApplicationsResource.ENTITY, "");
      }
      application = applications.read(Pages.id(id).toString());
    }
    return application;
  }

  /** The caller writes for the applying start-up. */
  public boolean isApplicant() {
    return caller.has(Role.START_UP_MEMBER)
        && getApplication().applicant().id().equals(caller.organisationId());
  }

  /** The caller is staff of the scene's hospital. */
  public boolean isHospital() {
    return caller.has(Role.HOSPITAL_STAFF)
        && getApplication().scene().hospital().id().equals(caller.organisationId());
  }

  private Set<Move> moves() {
    ApplicationView a = getApplication();
    return ApplicationMoves.of(a.status(), a.participation(), isApplicant(), isHospital());
  }

  /** Whether the page offers {@code move} (a {@link Move} name) now. */
  public boolean can(String move) {
    return moves().contains(Move.valueOf(move));
  }

  /** Any action besides writing in the thread. */
  public boolean isActing() {
    Set<Move> m = moves();
    return m.size() > (m.contains(Move.MESSAGE) ? 1 : 0);
  }

  // The applicant's actions.

  public String submit() {
    if (!Pages.require(isApplicant())) {
      return null;
    }
    return run("actions", () -> applications.submit(id), texts.text("application.done.submitted"));
  }

  /** Answers the hospital's request in the thread (when something was written) and resubmits. */
  public String resubmit() {
    if (!Pages.require(isApplicant())) {
      return null;
    }
    return run(
        "thread",
        () -> {
          if (message != null && !message.isBlank()) {
            applications.message(id, Violations.valid(new ApplicationForms.Message(message)));
          }
          return applications.submit(id);
        },
        texts.text("application.done.resubmitted"));
  }

  public String withdraw() {
    if (!Pages.require(isApplicant())) {
      return null;
    }
    return run(
        "withdraw",
        () ->
            applications.withdraw(
                id, Violations.valid(new ApplicationForms.Reason(withdrawReason))),
        texts.text("application.done.withdrawn"));
  }

  // The hospital's actions.

  public String requestInfo() {
    if (!Pages.require(isHospital())) {
      return null;
    }
    return run(
        "request-info",
        () ->
            applications.requestInfo(
                id, Violations.valid(new ApplicationForms.Message(infoRequest))),
        texts.text("application.done.info-requested"));
  }

  public String review() {
    if (!Pages.require(isHospital())) {
      return null;
    }
    return run(
        "actions", () -> applications.review(id), texts.text("application.done.review-started"));
  }

  public String accept() {
    if (!Pages.require(isHospital())) {
      return null;
    }
    return run(
        "actions",
        () -> applications.accept(id, new ApplicationForms.Accept(null)),
        texts.text("application.done.accepted"));
  }

  public String acceptWithConditions() {
    if (!Pages.require(isHospital())) {
      return null;
    }
    if (conditions == null || conditions.isBlank()) {
      // Without conditions the API would record a plain acceptance: not what was asked for.
      messages.show(
          "accept-conditions", ProblemException.invalidField("conditions", "scene.param.required"));
      return null;
    }
    return run(
        "accept-conditions",
        () -> applications.accept(id, Violations.valid(new ApplicationForms.Accept(conditions))),
        texts.text("application.done.accepted-with-conditions"));
  }

  public String reject() {
    if (!Pages.require(isHospital())) {
      return null;
    }
    return run(
        "reject",
        () -> applications.reject(id, Violations.valid(new ApplicationForms.Reject(rejectReason))),
        texts.text("application.done.rejected"));
  }

  /** Moves the participation to {@code target}: FOLLOW_UP, OFF_SCENE or WITHDRAWN. */
  public String participation(String target) {
    if (!Pages.require(isHospital())) {
      return null;
    }
    Participation to = Participation.valueOf(target);
    return run(
        "actions",
        () -> applications.participation(id, new ApplicationForms.ParticipationChange(to)),
        texts.text("application.done.participation", texts.text(participationKey(to))));
  }

  private static String participationKey(Participation p) {
    return "application.participation." + p.name();
  }

  // Both sides.

  public String send() {
    if (!Pages.require(isApplicant() || isHospital())) {
      return null;
    }
    return run(
        "thread",
        () -> applications.message(id, Violations.valid(new ApplicationForms.Message(message))),
        texts.text("application.done.sent"));
  }

  /**
   * Runs a use case; on success shows {@code done} on the page opened afresh (so a reload repeats
   * nothing), on a problem shows it in the form {@code formId}.
   */
  private String run(String formId, Supplier<?> useCase, String done) {
    try {
      useCase.get();
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show(formId, e);
    }
    messages.info(done);
    return "/app/application?faces-redirect=true&id=" + id;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getInfoRequest() {
    return infoRequest;
  }

  public void setInfoRequest(String infoRequest) {
    this.infoRequest = infoRequest;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public void setRejectReason(String rejectReason) {
    this.rejectReason = rejectReason;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }
}
