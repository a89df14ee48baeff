package org.clinbridge.scenes.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clinbridge.licensing.control.Certified;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.pages.Language;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.boundary.ProjectSearchParams;
import org.clinbridge.projects.boundary.ProjectSummaryView;
import org.clinbridge.projects.boundary.ProjectsResource;
import org.clinbridge.scenes.control.Applications;
import org.clinbridge.scenes.control.SceneFit;
import org.clinbridge.scenes.entity.Publication;

/**
 * Applying from the scene page (WEB-INF/includes/scene-apply.xhtml): a start-up member picks one of
 * their organisation's projects, each shown with whether it fits the scene and, if not, what is
 * missing (the rules of {@link SceneFit}, the ones the API applies), adds a cover note and applies.
 * The API's {@link SceneApplicationsResource#apply} decides; its problem (window closed, project
 * not accepted, a live application already) is shown in the dialog in the session's language.
 */
@Named("sceneApply")
@ViewScoped
public class SceneApplyPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PROJECTS = 200;

  @Inject ScenesResource scenes;
  @Inject SceneApplicationsResource sceneApplications;
  @Inject ProjectsResource projects;
  @Inject Caller caller;
  @Inject Certified certified;
  @Inject Language language;
  @Inject PageMessages messages;
  @Inject UiTexts texts;
  @Inject DistrictClock clock;

  private String sceneId;
  private transient SceneView scene;
  private List<Choice> choices = new ArrayList<>();
  private String project;
  private String pitch;
  private boolean submit = true;

  /** One of the caller's projects in the dialog, with how it fits the scene. */
  public static class Choice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String label;
    private final boolean eligible;
    private final List<String> missing;

    Choice(String id, String label, boolean eligible, List<String> missing) {
      this.id = id;
      this.label = label;
      this.eligible = eligible;
      this.missing = List.copyOf(missing);
    }

    public String getId() {
      return id;
    }

    public String getLabel() {
      return label;
    }

    public boolean isEligible() {
      return eligible;
    }

    public List<String> getMissing() {
      return missing;
    }
  }

  /** The scene of the page ({@link SceneDetailPage#idOnThisPage()}), read once per view. */
  String sceneId() {
    if (sceneId == null) {
      sceneId = SceneDetailPage.idOnThisPage();
    }
    return sceneId;
  }

  private SceneView scene() {
    if (scene == null) {
      scene = scenes.read(sceneId());
    }
    return scene;
  }

  /** A start-up member on an active scene: the Apply button is shown. */
  public boolean isOffered() {
    if (!caller.has(Role.START_UP_MEMBER) || sceneId() == null) {
      return false;
    }
    try {
      return scene().publication() == Publication.ACTIVE;
    } catch (ProblemException e) {
      return false;
    }
  }

  /** Opens the dialog: the caller's projects, those that fit first. */
  public void prepare() {
    if (!Pages.require(caller.has(Role.START_UP_MEMBER))) {
      return;
    }
    project = null;
    pitch = null;
    submit = true;
    SceneView s = scene();
    SceneFit.Terms terms = terms(s);
    OffsetDateTime now = clock.now();
    Messages ui = Messages.ui(language.getLocale());
    List<ProjectSummaryView> mine =
        projects
            .find(ProjectSearchParams.ownedBy(caller.organisationId(), "code"), PROJECTS, null)
            .items();
    List<Choice> fits = new ArrayList<>();
    List<Choice> others = new ArrayList<>();
    Set<UUID> holding =
        certified.amongPublicIds(mine.stream().map(ProjectSummaryView::id).toList());
    for (ProjectSummaryView p : mine) {
      SceneFit.Fit fit =
          SceneFit.of(
              terms,
              Applications.candidate(
                  p.id(),
                  p.subcatalogue(),
                  p.expectedClass() == null ? null : p.expectedClass().name(),
                  p.trl(),
                  holding.contains(p.id())),
              now);
      List<String> missing =
          fit.missing().stream()
              .map(r -> ui.text("scene-fit." + r.code(), r.args().toArray()))
              .toList();
      String title = language.isChinese() ? p.title().zh() : p.title().en();
      Choice c = new Choice(p.id().toString(), p.code() + " " + title, fit.eligible(), missing);
      (fit.eligible() ? fits : others).add(c);
    }
    choices = new ArrayList<>(fits);
    choices.addAll(others);
    if (!fits.isEmpty()) {
      project = fits.get(0).getId();
    }
  }

  static SceneFit.Terms terms(SceneView s) {
    return new SceneFit.Terms(
        s.id(),
        s.accepts().subcatalogues(),
        s.accepts().deviceClasses().stream().map(Enum::name).collect(Collectors.toSet()),
        s.accepts().trlMin(),
        s.accepts().trlMax(),
        s.accepts().certificateRequired(),
        s.window() == null ? null : s.window().opensAt(),
        s.window() == null ? null : s.window().closesAt(),
        s.capacity(),
        s.accepted());
  }

  public String apply() {
    if (!Pages.require(caller.has(Role.START_UP_MEMBER))) {
      return null;
    }
    ApplicationView created;
    try {
      UUID chosen = project == null || project.isBlank() ? null : UUID.fromString(project);
      created =
          sceneApplications.applyTo(
              sceneId(), Violations.valid(new ApplicationForms.Apply(chosen, pitch, submit)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("apply", e);
    }
    if (submit) {
      messages.info(texts.text("application.done.applied"));
    } else {
      messages.info(texts.text("application.done.drafted"));
    }
    return "/app/application?faces-redirect=true&id=" + created.id();
  }

  public List<Choice> getChoices() {
    return choices;
  }

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }

  public String getPitch() {
    return pitch;
  }

  public void setPitch(String pitch) {
    this.pitch = pitch;
  }

  public boolean isSubmit() {
    return submit;
  }

  public void setSubmit(boolean submit) {
    this.submit = submit;
  }
}
