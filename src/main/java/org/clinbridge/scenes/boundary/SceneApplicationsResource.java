package org.clinbridge.scenes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.OffsetDateTime;
import java.util.Map;
import org.clinbridge.licensing.control.Certified;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.platform.web.QueryParams;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.scenes.control.Applications;
import org.clinbridge.scenes.control.SceneFit;
import org.clinbridge.scenes.control.SceneNotices;
import org.clinbridge.scenes.control.Scenes;
import org.clinbridge.scenes.entity.Application;
import org.clinbridge.scenes.entity.ApplicationConflict;
import org.clinbridge.scenes.entity.ApplicationRuleViolation;
import org.clinbridge.scenes.entity.ApplicationStatus;
import org.clinbridge.scenes.entity.Publication;
import org.clinbridge.scenes.entity.Scene;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The applications to one scene: start-ups apply with their projects; the scene's hospital lists
 * them. The use cases that follow live in {@link ApplicationsResource}.
 */
@Boundary
@Path("scenes/{id}/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scenes")
public class SceneApplicationsResource {
  @Inject DistrictClock clock;
  @Inject Certified certified;
  @Inject Caller caller;
  @Inject Scenes scenes;
  @Inject Applications applications;
  @Inject ProjectAccess projects;
  @Inject SceneNotices notices;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.START_UP_MEMBER)
  @Operation(
      operationId = "applyToScene",
      summary = "Apply to an active scene with one of my projects",
      description =
          "422 when the project does not fit (the type names the rule: trl-below,"
              + " subcatalogue-not-accepted, ...) or the window is not open; 409 when the project"
              + " already has a live application to the scene.")
  @APIResponse(
      responseCode = "201",
      description = "The application",
      content = @Content(schema = @Schema(ref = "SceneApplication")))
  public Response apply(
      @PathParam("id") String sceneId, @NotNull @Valid ApplicationForms.Apply form) {
    ApplicationView a = applyTo(sceneId, form);
    return ETags.created(
        UriBuilder.fromPath("/api/applications/{id}").build(a.id().toString()), a, a.version());
  }

  /** A start-up applies to a scene: the API's create and the scene page's apply dialog. */
  @RolesAllowed(Roles.START_UP_MEMBER)
  public ApplicationView applyTo(String sceneId, ApplicationForms.Apply form) {
    Scene scene =
        scenes
            .visible(ScenesResource.uuidOrNotFound(sceneId), caller.organisationRef(), false)
            .filter(s -> s.publication() == Publication.ACTIVE)
            .orElseThrow(() -> ProblemException.notFound(ScenesResource.ENTITY, sceneId));
    Project project = projects.visible(form.project());
    if (project.owner().id() != caller.organisationRef()) {
      throw ProblemException.notFound("project", form.project());
    }
    if (project.status() != ProjectStatus.ACTIVE) {
      throw ApplicationRuleViolation.projectNotActive(project.status());
    }
    OffsetDateTime now = clock.now();
    SceneFit.Fit fit =
        SceneFit.of(
            Applications.terms(scene),
            Applications.candidate(project, certified.holds(project)),
            now);
    if (!fit.eligible()) {
      SceneFit.Reason r = fit.firstMissing();
      if (r.code().startsWith("window")) {
        throw ApplicationRuleViolation.windowClosed(scene);
      }
      throw ApplicationRuleViolation.notAccepted(r.code(), r.args().toArray());
    }
    if (applications.liveExists(scene, project)) {
      throw ApplicationConflict.duplicate();
    }
    Application a = new Application(scene, project, form.pitch(), now);
    em.persist(a);
    if (form.submit()) {
      a.submit(now);
    }
    try {
      em.flush();
    } catch (jakarta.persistence.PersistenceException raced) {
      // Two applications of one project raced past the check: the unique constraint on the live
      // application kept one. The transaction is lost either way; say what happened.
      throw ApplicationConflict.duplicate();
    }
    audit(a, "created", Map.of(), null);
    if (form.submit()) {
      notices.submitted(a);
    }
    return ApplicationView.of(a);
  }

  @GET
  @RolesAllowed({Roles.HOSPITAL_STAFF, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "listSceneApplications",
      summary = "The applications to a scene of my hospital, newest first")
  @APIResponse(
      responseCode = "200",
      description = "One page of the scene's applications",
      content = @Content(schema = @Schema(ref = "SceneApplication")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<ApplicationView> forScene(
      @PathParam("id") String sceneId,
      @Parameter(description = "Only applications in this status, e.g. SUBMITTED")
          @QueryParam("status")
          String status,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    ApplicationStatus only = statusParam(status);
    Scene scene =
        scenes
            .byPublicId(ScenesResource.uuidOrNotFound(sceneId))
            .filter(s -> caller.isDistrictAdmin() || s.belongsTo(caller.organisationRef()))
            .orElseThrow(() -> ProblemException.notFound(ScenesResource.ENTITY, sceneId));
    return Page.of(
        applications.forScene(scene, only, page),
        page.limit(),
        ApplicationView::of,
        Applications::cursorOf);
  }

  /** A status filter; validated by hand, as Bean Validation on query parameters breaks OpenAPI. */
  static ApplicationStatus statusParam(String status) {
    return QueryParams.oneOf("status", status, ApplicationStatus.class);
  }

  private void audit(Application a, String action, Map<String, Object> before, String reason) {
    changed.fire(
        new Changed(
            ApplicationsResource.ENTITY,
            a.publicId().toString(),
            action,
            before,
            ApplicationsResource.snapshot(a),
            reason,
            a.applicant().id()));
  }
}
