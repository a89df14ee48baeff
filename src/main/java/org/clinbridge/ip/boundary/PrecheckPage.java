package org.clinbridge.ip.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.boundary.ProjectView;
import org.clinbridge.projects.boundary.ProjectsResource;

/**
 * The innovative medical device channel pre-check of one project (app/precheck.xhtml?project=):
 * which conditions its patents, category and expected class meet on the day the founder plans to
 * apply, and why each failing one fails, so that a start-up does not file an application bound to
 * be refused. Whoever may see the project reads it; others find no such project.
 */
@Named("precheckPage")
@ViewScoped
public class PrecheckPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InnovativePrecheckResource precheck;
  @Inject ProjectPatentsResource patents;
  @Inject ProjectsResource projects;
  @Inject DistrictClock clock;
  @Inject PageMessages messages;

  private String project;
  private LocalDate asOf;

  private transient ProjectView shownProject;
  private transient InnovativePrecheckResource.PrecheckView check;
  private transient List<PatentView> patentList;

  /** The page's loader ({@code f:viewAction}): a project the caller may not see is not found. */
  public void load() {
    try {
      if (asOf == null) {
        asOf = clock.today();
      }
      getProjectView();
      getCheck();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  private UUID uuid() {
    return Pages.id(project);
  }

  public ProjectView getProjectView() {
    if (shownProject == null) {
      shownProject = projects.read(uuid());
    }
    return shownProject;
  }

  public InnovativePrecheckResource.PrecheckView getCheck() {
    if (check == null) {
      check = precheck.check(uuid(), asOf == null ? null : asOf.toString());
    }
    return check;
  }

  public List<PatentView> getPatents() {
    if (patentList == null) {
      patentList = patents.list(uuid()).items();
    }
    return patentList;
  }

  /** The planned application day changed: check again on that day. */
  public String recheck() {
    check = null;
    try {
      getCheck();
    } catch (ProblemException e) {
      return messages.show("precheck-form", e);
    }
    return null;
  }

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }
}
