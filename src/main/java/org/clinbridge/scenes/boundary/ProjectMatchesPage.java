package org.clinbridge.scenes.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinbridge.platform.pages.Language;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.boundary.ProjectView;
import org.clinbridge.projects.boundary.ProjectsResource;

/**
 * The scenes that fit one project (app/project-matches.xhtml?id=), best first, each with why it
 * fits and what is missing, in the session's language. The same use case and the same visibility as
 * {@code GET /api/scenes/matches?project=}: another organisation's project is not found.
 */
@Named("projectMatches")
@ViewScoped
public class ProjectMatchesPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int LIMIT = 50;

  @Inject ProjectsResource projects;
  @Inject SceneMatchesResource matches;
  @Inject Caller caller;
  @Inject Language language;

  private String id;
  private transient ProjectView project;
  private transient List<MatchView> found;

  /** The page's guard and loader ({@code f:viewAction}). */
  public void load() {
    if (!Pages.require(
        caller.has(Role.START_UP_MEMBER)
            || caller.has(Role.TECH_MANAGER)
            || caller.isDistrictAdmin())) {
      return;
    }
    try {
      getProject();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  public ProjectView getProject() {
    if (project == null) {
      if (id == null) {
        throw ProblemException.notFound("project", "");
      }
      project = projects.read(Pages.id(id));
    }
    return project;
  }

  public List<MatchView> getMatches() {
    if (found == null) {
      found = matches.forProject(getProject().id().toString(), LIMIT, language.getLocale()).items();
    }
    return found;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
