package org.clinbridge.licensing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.clinbridge.licensing.entity.Origin;
import org.clinbridge.licensing.entity.Route;
import org.clinbridge.platform.pages.Language;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.problem.Problem;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violation;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * The pathway planner as a page a founder can read without knowing the regulation, and print
 * (app/pathway.xhtml): for a project ({@code ?project=}) or for a question asked in the page's own
 * form, whose fields are the URL's parameters so a plan can be bookmarked, sent and printed. The
 * same use cases as {@code GET /api/projects/{id}/pathway} and {@code GET /api/licensing/pathway},
 * so the same visibility: another organisation's project is not found.
 */
@Named("pathwayPage")
@ViewScoped
public class PathwayPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PathwayResource projectPathway;
  @Inject PathwayPlannerResource planner;
  @Inject Language language;

  private String project;
  private String deviceClass;
  private String subcatalogue;
  private String route;
  private String origin;
  private boolean innovative;
  private transient PathwayView plan;
  private transient Problem refused;
  private transient List<Violation> refusedFields = List.of();

  /**
   * The page's loader ({@code f:viewAction}). Any signed-in person may try the planner; a project's
   * plan answers as its API does. A question the rules refuse (no class on the NMPA route, an
   * unknown sub-catalogue) is shown beside the form rather than as an error page.
   */
  public void load() {
    try {
      if (project != null && !project.isBlank()) {
        plan = projectPathway.forProject(Pages.id(project), route, origin, null);
      } else if (deviceClass != null || subcatalogue != null || route != null) {
        plan = planner.forQuestion(deviceClass, subcatalogue, route, origin, null, innovative);
      }
    } catch (ProblemException e) {
      if (project != null && !project.isBlank()) {
        Pages.fail(e);
      } else {
        refused = Violations.problem(e, language.getLocale());
        refusedFields = Violations.of(e, language.getLocale());
      }
    }
  }

  public PathwayView getPlan() {
    return plan;
  }

  /** Why the question was refused, in the page's language; empty when it was not. */
  public Optional<Problem> getRefused() {
    return Optional.ofNullable(refused);
  }

  /** The fields at fault in the refused question, each with its message. */
  public List<Violation> getRefusedFields() {
    return refusedFields;
  }

  /** The step that comes next, for the summary at the top; absent when every step is done. */
  public Optional<PathwayView.StepView> getNext() {
    if (plan == null || plan.next() == null) {
      return Optional.empty();
    }
    return plan.steps().stream().filter(s -> s.key().equals(plan.next())).findFirst();
  }

  public List<DeviceClass> getClasses() {
    return List.of(DeviceClass.values());
  }

  public List<Origin> getOrigins() {
    return List.of(Origin.values());
  }

  public List<Route> getRoutes() {
    return List.of(Route.values());
  }

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }

  public String getDeviceClass() {
    return deviceClass;
  }

  public void setDeviceClass(String deviceClass) {
    this.deviceClass = deviceClass;
  }

  public String getSubcatalogue() {
    return subcatalogue;
  }

  public void setSubcatalogue(String subcatalogue) {
    this.subcatalogue = subcatalogue;
  }

  public String getRoute() {
    return route;
  }

  public void setRoute(String route) {
    this.route = route;
  }

  public String getOrigin() {
    return origin;
  }

  public void setOrigin(String origin) {
    this.origin = origin;
  }

  public boolean isInnovative() {
    return innovative;
  }

  public void setInnovative(boolean innovative) {
    this.innovative = innovative;
  }
}
