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

  private String id;
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

  private boolean isStationOnly() {
    return isConsultant() || caller.isDistrictAdmin();
  }

  public String write() {
    try {
      consultations.message(id, new ConsultationForms.Message(text, isConsultant() && internal));
    } catch (ProblemException | jakarta.validation.ConstraintViolationException e) {
      return messages.show("write", e);
    }
    return again();
  }

  public String resolve() {
    try {
      consultations.resolve(id, ifMatch(), new ConsultationForms.Text(answer));
    } catch (ProblemException | jakarta.validation.ConstraintViolationException e) {
      return messages.show("resolve", e);
    }
    return again();
  }

  public String rate() {
    try {
      consultations.rate(id, ifMatch(), new ConsultationForms.Rating(stars, comment));
    } catch (ProblemException | jakarta.validation.ConstraintViolationException e) {
      return messages.show("rate", e);
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

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
