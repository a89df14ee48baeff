package org.clinbridge.district.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.clinbridge.consultation.control.ConsultationTasks;
import org.clinbridge.notifications.boundary.InboxBadge;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.scenes.control.SceneTasks;

/**
 * What each person may do next, on the home page: for hospital staff the drafts to publish and the
 * applications to review, for a start-up the hospitals' questions and the station's requests
 * waiting for it, for consultants the new and reopened questions, for technology managers what
 * falls due within two weeks across their projects (overdue included); for everyone the unread
 * messages of the inbox, and for a start-up the hospitals' decisions of the last two weeks. Counts
 * only, each leading to its page; a task with nothing to do is not shown.
 */
@Named("homeTasks")
@RequestScoped
public class HomeTasks {
  /** One thing to do: how many, the ui text's key (a count as its argument), the page. */
  public record Task(String id, long count, String text, String page) {}

  @Inject Caller caller;
  @Inject SceneTasks scenes;
  @Inject ConsultationTasks consultations;
  @Inject DashboardResource dashboard;
  @Inject DistrictClock clock;
  @Inject InboxBadge inbox;

  /** How far back a hospital's decision is still news on a start-up's home page. */
  static final int DECISION_DAYS = 14;

  private List<Task> tasks;

  @Transactional
  public List<Task> getTasks() {
    if (tasks == null) {
      tasks = new ArrayList<>();
      if (caller.signedIn()) {
        collect();
      }
    }
    return tasks;
  }

  private void collect() {
    long org = caller.organisationRef();
    if (caller.has(Role.HOSPITAL_STAFF)) {
      add("task-drafts", scenes.draftsOf(org), "home.task.drafts", "/app/scenes.xhtml?view=mine");
      add("task-review", scenes.toReviewAt(org), "home.task.review", "/app/scenes.xhtml?view=mine");
    }
    if (caller.has(Role.START_UP_MEMBER)) {
      add(
          "task-questions",
          scenes.questionsTo(org),
          "home.task.questions",
          "/app/applications.xhtml");
      add(
          "task-decisions",
          scenes.decisionsFor(org, clock.now().minusDays(DECISION_DAYS)),
          "home.task.decisions",
          "/app/applications.xhtml");
      add(
          "task-documents",
          consultations.waitingFor(org),
          "home.task.documents",
          "/app/consultations.xhtml");
    }
    if (caller.has(Role.CONSULTANT)) {
      add(
          "task-queue",
          consultations.waitingForTheStation(),
          "home.task.queue",
          "/app/consultations.xhtml");
    }
    // A manager's own portfolio is small; the district's whole one is the dashboard's business,
    // not a count to compute on every home page.
    if (caller.has(Role.TECH_MANAGER)) {
      add(
          "task-due",
          dashboard.portfolio(clock.today().plusDays(14), null).items().size(),
          "home.task.due",
          "/app/portfolio.xhtml");
    }
    inbox();
  }

  /**
   * Last, since it is the least specific: the same count as the menu's badge, which the layout
   * reads in this request anyway.
   */
  private void inbox() {
    add("task-inbox", inbox.getUnread(), "home.task.inbox", "/app/inbox.xhtml?unread=true");
  }

  private void add(String id, long count, String text, String page) {
    if (count > 0) {
      tasks.add(new Task(id, count, text, page));
    }
  }
}
