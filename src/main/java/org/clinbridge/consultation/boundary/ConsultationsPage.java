package org.clinbridge.consultation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.clinbridge.consultation.entity.ConsultationStatus;
import org.clinbridge.consultation.entity.ServiceClock;
import org.clinbridge.consultation.entity.Topic;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;

/**
 * The consultations (app/consultations.xhtml): for the station, the queue of what it owes, the
 * service level due first on top, with each clock's state; for an asker, their organisation's
 * questions and the form to ask a new one. The API's use cases, so the same visibility.
 */
@Named("consultationsPage")
@ViewScoped
public class ConsultationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The open queue of a district station is a few dozen; one page shows them all. */
  static final int LIMIT = 200;

  @Inject ConsultationsResource consultations;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject ArticlesResource knowledge;
  @Inject org.clinbridge.platform.pages.Language language;

  private Topic topic;
  private String subject;
  private String question;
  private transient List<ConsultationView> shown;
  private transient List<ArticleView.Hit> suggestions = List.of();

  /** The page's guard ({@code f:viewAction}): askers and the station. */
  public void load() {
    Pages.require(caller.signedIn() && (isStation() || canAsk()));
  }

  public boolean isStation() {
    return caller.has(Role.CONSULTANT) || caller.isDistrictAdmin();
  }

  public boolean canAsk() {
    return caller.has(Role.START_UP_MEMBER)
        || caller.has(Role.HOSPITAL_STAFF)
        || caller.has(Role.ORG_ADMIN);
  }

  /** Open ones first, the service level due first; then the rest, newest first. */
  public List<ConsultationView> getConsultations() {
    if (shown == null) {
      shown =
          consultations.list(null, null, LIMIT, null).items().stream()
              .sorted(
                  Comparator.comparing((ConsultationView v) -> v.status().finished())
                      .thenComparing(
                          ConsultationsPage::nextDue,
                          Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(ConsultationView::createdAt, Comparator.reverseOrder()))
              .toList();
    }
    return shown;
  }

  /** The poll's listener: the queue and its clocks are read again on the next render. */
  public void refresh() {
    shown = null;
  }

  /** The running or breached clock due first, or none. */
  static Instant nextDue(ConsultationView v) {
    if (v.status() == ConsultationStatus.RESOLVED || v.clocks() == null) {
      return null;
    }
    return java.util.stream.Stream.of(
            v.clocks().firstResponse(), v.clocks().resolution(), v.clocks().nextUpdate())
        .filter(java.util.Objects::nonNull)
        .filter(
            c ->
                c.state() == ServiceClock.State.RUNNING || c.state() == ServiceClock.State.BREACHED)
        .map(ServiceClock::due)
        .filter(java.util.Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /**
   * Called as the asker types the subject or the question (after a pause): the public articles that
   * may already answer it.
   */
  public void suggest() {
    String text = (subject == null ? "" : subject) + " " + (question == null ? "" : question);
    suggestions = knowledge.suggest(text, topic, language.getLocale());
  }

  public List<ArticleView.Hit> getSuggestions() {
    return suggestions;
  }

  public Topic[] getTopics() {
    return Topic.values();
  }

  /** Asks; the new consultation's page follows, or the API's message beside the field at fault. */
  public String ask() {
    try {
      ConsultationView asked =
          consultations.askQuestion(
              new ConsultationForms.Ask(topic, subject, question, null, null, null));
      return "/app/consultation.xhtml?faces-redirect=true&id=" + asked.id();
    } catch (ProblemException | jakarta.validation.ConstraintViolationException e) {
      return messages.show("ask", e);
    }
  }

  public Topic getTopic() {
    return topic;
  }

  public void setTopic(Topic topic) {
    this.topic = topic;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }
}
