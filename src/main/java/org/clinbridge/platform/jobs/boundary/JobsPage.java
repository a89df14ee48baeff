package org.clinbridge.platform.jobs.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;

/**
 * The timed jobs for district administrators (app/jobs.xhtml): each job's interval, last run (when,
 * where, how long, how it went, its summary) and next run, and a button that runs it now under its
 * lease. The API's use cases, so the page and {@code GET /api/admin/jobs} agree.
 */
@Named("jobsPage")
@ViewScoped
public class JobsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject JobsResource jobs;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private transient List<JobView> shown;

  /** The page's guard ({@code f:viewAction}): district administrators only. */
  public void load() {
    Pages.require(caller.isDistrictAdmin());
  }

  public List<JobView> getJobs() {
    if (shown == null) {
      shown = jobs.list();
    }
    return shown;
  }

  /** The interval in the largest whole unit: hours, minutes or seconds. */
  public String every(JobView job) {
    long s = job.intervalSeconds();
    if (s >= 3600 && s % 3600 == 0) {
      return texts.text("jobs.every-hours", s / 3600);
    }
    if (s >= 60 && s % 60 == 0) {
      return texts.text("jobs.every-minutes", s / 60);
    }
    return texts.text("jobs.every-seconds", s);
  }

  /** Runs a job now; a job another instance is running is the API's 409, shown on the page. */
  public String run(String name) {
    try {
      JobRunView r = jobs.run(name);
      String outcome = "jobs.outcome." + r.outcome();
      messages.info(texts.text("jobs.ran", name, texts.text(outcome)));
    } catch (ProblemException e) {
      return messages.show("jobs", e);
    }
    return "/app/jobs.xhtml?faces-redirect=true";
  }
}
