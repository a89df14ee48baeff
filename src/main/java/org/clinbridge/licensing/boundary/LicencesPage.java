package org.clinbridge.licensing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.boundary.ProjectView;
import org.clinbridge.projects.boundary.ProjectsResource;

/**
 * A project's licences (app/licences.xhtml?project=): each application with its state and its
 * statutory clock (step, days left, due date, or stopped since and the supplement's last day), the
 * next legal deadline of all of them at the top, and the certificates with their renewal window.
 * The same use cases as {@code GET /api/projects/{id}/licence-applications} and {@code
 * .../certificates}, so the same visibility: another organisation's project is not found.
 */
@Named("licencesPage")
@ViewScoped
public class LicencesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A project has a handful of applications and certificates; one page shows them all. */
  static final int LIMIT = 100;

  @Inject ProjectsResource projects;
  @Inject ProjectApplicationsResource applications;
  @Inject ProjectCertificatesResource certificates;

  private String project;
  private transient ProjectView shown;
  private transient List<LicenceViews.ApplicationView> applied;
  private transient List<LicenceViews.CertificateView> held;

  /** The page's loader ({@code f:viewAction}): a project the caller may not see is not found. */
  public void load() {
    try {
      if (project == null || project.isBlank()) {
        throw ProblemException.notFound("project", "");
      }
      shown = projects.read(Pages.id(project));
      applied = applications.applications(shown.id(), null, null, false, LIMIT, null).items();
      held = certificates.certificates(shown.id(), null, false, LIMIT, null).items();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  public ProjectView getShown() {
    return shown;
  }

  public List<LicenceViews.ApplicationView> getApplications() {
    return applied == null ? List.of() : applied;
  }

  public List<LicenceViews.CertificateView> getCertificates() {
    return held == null ? List.of() : held;
  }

  /** The application whose running clock falls due first: the next legal deadline. */
  public Optional<LicenceViews.ApplicationView> getNextDeadline() {
    return getApplications().stream()
        .filter(a -> a.clock() != null && a.clock().dueOn() != null)
        .min(Comparator.comparing(a -> a.clock().dueOn()));
  }

  /** Applications waiting on the start-up's supplement, the soonest last day first. */
  public List<LicenceViews.ApplicationView> getSupplementsDue() {
    return getApplications().stream()
        .filter(a -> a.supplementDueOn() != null && a.clock() != null)
        .filter(a -> a.clock().pausedSince() != null)
        .sorted(Comparator.comparing(LicenceViews.ApplicationView::supplementDueOn))
        .toList();
  }

  /** Where the application's timeline CSV is downloaded (the API's, with the session). */
  public String timelinePath(LicenceViews.ApplicationView a) {
    return "/api/licence-applications/" + a.id() + "/timeline.csv";
  }

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }
}
