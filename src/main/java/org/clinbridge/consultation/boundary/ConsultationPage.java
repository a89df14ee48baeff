package org.clinbridge.consultation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinbridge.consultation.entity.ConsultationStatus;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.web.ETags;

/**
 * One consultation (app/consultation.xhtml?id=): the question, the linked project and licence
 * application with its clock, the service-level clocks, the thread (internal notes only for the
 * station), and what the caller may do next: write (a consultant may write an internal note),
 * resolve (consultants), rate (the asker, once resolved). The API's use cases; a stale page is the
 * API's conflict, shown on the page.
 */
@Named("consultationPage")
@ViewScoped
public class ConsultationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ConsultationsResource consultations;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject ArticlesResource knowledge;

  private String id;
  private String request;
  private String reason;
  private String into;
  private String mergeReason;
  private String assignee;
  private String text;
  private boolean internal;
  private String answer;
  private int stars = 5;
  private String comment;
  private long version;
  private transient ConsultationView shown;

  /** The page's loader ({@code f:viewAction}): a consultation not the caller's is not found. */
  public void load() {
    try {
      shown = consultations.view(id == null ? "" : id);
      version = shown.version();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  public ConsultationView getShown() {
    return shown;
  }

  public boolean isConsultant() {
    return caller.has(Role.CONSULTANT);
  }

  public boolean canWrite() {
    return !shown.status().finished() && (isConsultant() || !isStationOnly());
  }

  public boolean canResolve() {
    return isConsultant()
        && (shown.status() == ConsultationStatus.OPEN
            || shown.status() == ConsultationStatus.REOPENED
            || shown.status() == ConsultationStatus.NEW);
  }

  public boolean canRate() {
    return !isStationOnly()
        && shown.rating() == null
        && (shown.status() == ConsultationStatus.RESOLVED
            || shown.status() == ConsultationStatus.CLOSED);
  }

  /** The question is still the station's to work on: it may ask for documents, hand it over. */
  public boolean canWorkOn() {
    return isConsultant()
        && (shown.status() == ConsultationStatus.NEW
            || shown.status() == ConsultationStatus.OPEN
            || shown.status() == ConsultationStatus.REOPENED);
  }

  public boolean canMerge() {
    return isConsultant()
        && !shown.status().finished()
        && shown.status() != ConsultationStatus.RESOLVED;
  }

  /** The station answered the asker at least once: there is an answer to make an article of. */
  public boolean canPromote() {
    return isConsultant()
        && shown.messages().stream()
            .anyMatch(
                m ->
                    m.side() == org.clinbridge.consultation.entity.ConsultationMessage.Side.STATION
                        && !m.internal());
  }

  public boolean canReopen() {
    return !isStationOnly() && shown.status() == ConsultationStatus.RESOLVED;
  }

  /** The consultants of the specialist groups, to hand the question to. */
  public java.util.List<String> getConsultants() {
    return consultations.specialists().stream()
        .map(ConsultationForms.Member::username)
        .distinct()
        .sorted()
        .toList();
  }

  public String requestDocuments() {
    return act(
        "request",
        () -> consultations.requestDocuments(id, ifMatch(), new ConsultationForms.Text(request)));
  }

  public String assign() {
    return act(
        "assign",
        () -> consultations.assign(id, ifMatch(), new ConsultationForms.Assign(assignee)));
  }

  public String merge() {
    return act(
        "merge",
        () -> {
          java.util.UUID target;
          try {
            target = java.util.UUID.fromString(into == null ? "" : into.strip());
          } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("consultation", into);
          }
          consultations.merge(id, ifMatch(), new ConsultationForms.Merge(target, mergeReason));
        });
  }

  public String reopen() {
    return act(
        "reopen", () -> consultations.reopen(id, ifMatch(), new ConsultationForms.Text(reason)));
  }

  /** A draft article from the answer; its editor follows. */
  public String promote() {
    try {
      ArticleView a = knowledge.promote(id);
      return "/app/article.xhtml?faces-redirect=true&id=" + a.id();
    } catch (ProblemException e) {
      return messages.show("promote", e);
    }
  }

  private boolean isStationOnly() {
    return isConsultant() || caller.isDistrictAdmin();
  }

  public String write() {
    return act(
        "write",
        () -> {
          consultations.message(
              id, new ConsultationForms.Message(text, isConsultant() && internal, null));
        });
  }

  public String resolve() {
    return act(
        "resolve", () -> consultations.resolve(id, ifMatch(), new ConsultationForms.Text(answer)));
  }

  public String rate() {
    return act(
        "rate",
        () -> consultations.rate(id, ifMatch(), new ConsultationForms.Rating(stars, comment)));
  }

  /**
   * Runs one of the page's steps: the page again on success, else the API's refusal beside the
   * form's fields.
   */
  private String act(String form, Runnable step) {
    try {
      step.run();
    } catch (ProblemException | jakarta.validation.ConstraintViolationException e) {
      return messages.show(form, e);
    }
    return again();
  }

  /** The version this page showed: a change made meanwhile is the API's 412, not overwritten. */
  private String ifMatch() {
    return ETags.of(version).toString();
  }

  private String again() {
    return "/app/consultation.xhtml?faces-redirect=true&id=" + id;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isInternal() {
    return internal;
  }

  public void setInternal(boolean internal) {
    this.internal = internal;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public int getStars() {
    return stars;
  }

  public void setStars(int stars) {
    this.stars = stars;
  }

  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getInto() {
    return into;
  }

  public void setInto(String into) {
    this.into = into;
  }

  public String getMergeReason() {
    return mergeReason;
  }

  public void setMergeReason(String mergeReason) {
    this.mergeReason = mergeReason;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
