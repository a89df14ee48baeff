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
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.scenes.control.Applications;
import org.clinbridge.scenes.control.SceneNotices;
import org.clinbridge.scenes.control.Scenes;
import org.clinbridge.scenes.entity.Application;
import org.clinbridge.scenes.entity.ApplicationConflict;
import org.clinbridge.scenes.entity.ApplicationMessage;
import org.clinbridge.scenes.entity.ApplicationStatus;
import org.clinbridge.scenes.entity.Scene;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Applications of start-ups' projects to scenes. The applicant's organisation and the scene's
 * hospital see an application; anyone else gets 404. Accepting takes a slot of the scene in the
 * database first, so accepts never exceed the capacity, whichever instance serves them.
 */
@Boundary
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scenes")
public class ApplicationsResource {
  static final String ENTITY = "scene-application";

  @Inject DistrictClock clock;
  @Inject Caller caller;
  @Inject Scenes scenes;
  @Inject Applications applications;
  @Inject ProjectAccess projects;
  @Inject SceneNotices notices;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @RolesAllowed(Roles.START_UP_MEMBER)
  @Operation(
      operationId = "listMyApplications",
      summary = "My organisation's applications, newest first")
  @APIResponse(
      responseCode = "200",
      description = "One page of my organisation's applications",
      content = @Content(schema = @Schema(ref = "SceneApplication")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<ApplicationView> mine(
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    return Page.of(
        applications.forApplicant(caller.organisationRef(), page),
        page.limit(),
        ApplicationView::of,
        Applications::cursorOf);
  }

  @GET
  @Path("received")
  @RolesAllowed({Roles.HOSPITAL_STAFF, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "listReceivedApplications",
      summary = "The applications to my hospital's scenes, newest first",
      description =
          "Hospital staff see their hospital's, across its scenes; a district administrator every"
              + " hospital's. Filter by one scene (its id) and by status.")
  @APIResponse(
      responseCode = "200",
      description = "One page of the applications received",
      content = @Content(schema = @Schema(ref = "SceneApplication")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<ApplicationView> received(
      @Parameter(description = "Only applications to this scene (its id)") @QueryParam("scene")
          String scene,
      @Parameter(description = "Only applications in this status, e.g. SUBMITTED")
          @QueryParam("status")
          String status,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    ApplicationStatus only = SceneApplicationsResource.statusParam(status);
    Long hospital = caller.isDistrictAdmin() ? null : caller.organisationRef();
    Scene one = null;
    if (scene != null && !scene.isBlank()) {
      // Another hospital's scene is "not found", as everywhere else.
      one =
          scenes
              .byPublicId(ScenesResource.uuidOrNotFound(scene))
              .filter(s -> hospital == null || s.belongsTo(hospital))
              .orElseThrow(() -> ProblemException.notFound(ScenesResource.ENTITY, scene));
    }
    return Page.of(
        applications.toHospital(hospital, one, only, page),
        page.limit(),
        ApplicationView::of,
        Applications::cursorOf);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.HOSPITAL_STAFF, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "getApplication",
      summary = "One application, for its applicant and the scene's hospital")
  @APIResponse(
      responseCode = "200",
      description = "The application",
      content = @Content(schema = @Schema(ref = "SceneApplication")))
  public Response get(@PathParam("id") String id) {
    ApplicationView a = read(id);
    return ETags.ok(a, a.version());
  }

  /** One application as its reader sees it: the API's read and the application page's. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.HOSPITAL_STAFF, Roles.DISTRICT_ADMIN})
  public ApplicationView read(String id) {
    return ApplicationView.of(visible(id));
  }

  @POST
  @Path("{id}/submit")
  @RolesAllowed(Roles.START_UP_MEMBER)
  @Operation(
      operationId = "submitApplication",
      summary = "Submit a draft, or resubmit after the hospital asked for more")
  @APIResponse(
      responseCode = "200",
      description = "The submitted application",
      content = @Content(schema = @Schema(ref = "SceneApplication")))
  public Response submit(@PathParam("id") String id) {
    Application a = asApplicant(id);
    Map<String, Object> before = snapshot(a);
    a.submit(clock.now());
    notices.submitted(a);
    return done(a, "submitted", before, null);
  }

  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.START_UP_MEMBER)
  @Operation(
      operationId = "withdrawApplication",
      summary = "Withdraw my application, at any point before a decision")
  @APIResponse(
      responseCode = "200",
      description = "The withdrawn application",
      content = @Content(schema = @Schema(ref = "SceneApplication")))
  public Response withdraw(@PathParam("id") String id, @Valid ApplicationForms.Reason form) {
    Application a = asApplicant(id);
    Map<String, Object> before = snapshot(a);
    String reason = form == null ? null : form.reason();
    a.withdraw(reason, clock.now());
    notices.withdrawn(a);
    return done(a, "withdrawn", before, reason);
  }

  @POST
  @Path("{id}/request-info")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(
      operationId = "requestApplicationInformation",
      summary = "Ask the applicant for more information (posted to the thread)")
  @APIResponse(
      responseCode = "200",
      description = "The application awaiting information",
      content = @Content(schema = @Schema(ref = "SceneApplication")))
  public Response requestInfo(
      @PathParam("id") String id, @NotNull @Valid ApplicationForms.Message form) {
    Application a = asHospital(id);
    Map<String, Object> before = snapshot(a);
    OffsetDateTime now = clock.now();
    a.requestMoreInfo(now);
    a.post(ApplicationMessage.Side.HOSPITAL, caller.username(), form.text(), now);
    notices.changed(a);
    return done(a, "more-info-requested", before, null);
  }

  @POST
  @Path("{id}/review")
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(
      operationId = "reviewApplication",
      summary = "Take a submitted application under review")
  @APIResponse(
      responseCode = "200",
      description = "The application under review",
      content = @Content(schema = @Schema(ref = "SceneApplication")))
  public Response review(@PathParam("id") String id) {
    Application a = asHospital(id);
    Map<String, Object> before = snapshot(a);
    a.startReview(clock.now());
    notices.changed(a);
    return done(a, "review-started", before, null);
  }

  @POST
  @Path("{id}/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(
      operationId = "acceptApplication",
      summary = "Accept an application under review, with or without conditions",
      description = "409 scene-full when every slot of the scene is taken.")
  @APIResponse(
      responseCode = "200",
      description = "The accepted application",
      content = @Content(schema = @Schema(ref = "SceneApplication")))
  public Response accept(@PathParam("id") String id, @Valid ApplicationForms.Accept form) {
    Application a = asHospital(id);
    Map<String, Object> before = snapshot(a);
    if (!a.acceptable()) {
      throw ApplicationConflict.transition(
          a.status(), org.clinbridge.scenes.entity.ApplicationStatus.ACCEPTED);
    }
    if (!applications.takeSlot(a.scene())) {
      throw ApplicationConflict.sceneFull(a.scene().capacity());
    }
    String conditions = form == null ? null : form.conditions();
    a.accept(conditions, clock.now());
    notices.changed(a);
    return done(a, "accepted", before, conditions);
  }

  @POST
  @Path("{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(
      operationId = "rejectApplication",
      summary = "Reject an application under review, with a reason")
  @APIResponse(
      responseCode = "200",
      description = "The rejected application",
      content = @Content(schema = @Schema(ref = "SceneApplication")))
  public Response reject(@PathParam("id") String id, @NotNull @Valid ApplicationForms.Reject form) {
    Application a = asHospital(id);
    Map<String, Object> before = snapshot(a);
    a.reject(form.reason(), clock.now());
    notices.changed(a);
    return done(a, "rejected", before, form.reason());
  }

  @POST
  @Path("{id}/participation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(
      operationId = "changeApplicationParticipation",
      summary = "Move an accepted project on the scene: FOLLOW_UP, OFF_SCENE or WITHDRAWN")
  @APIResponse(
      responseCode = "200",
      description = "The application with its participation",
      content = @Content(schema = @Schema(ref = "SceneApplication")))
  public Response participation(
      @PathParam("id") String id, @NotNull @Valid ApplicationForms.ParticipationChange form) {
    Application a = asHospital(id);
    Map<String, Object> before = snapshot(a);
    a.moveParticipation(form.status(), clock.now());
    if (a.participation() == org.clinbridge.scenes.entity.Participation.WITHDRAWN) {
      applications.releaseSlot(a.scene());
    }
    notices.participationMoved(a);
    return done(a, "participation-changed", before, null);
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.HOSPITAL_STAFF})
  @Operation(
      operationId = "postApplicationMessage",
      summary = "Write in the application's thread; the other side is notified")
  @APIResponse(
      responseCode = "200",
      description = "The application with the message in its thread",
      content = @Content(schema = @Schema(ref = "SceneApplication")))
  public Response message(
      @PathParam("id") String id, @NotNull @Valid ApplicationForms.Message form) {
    Application a = visible(id);
    boolean applicant = a.applicant().id() == caller.organisationRef();
    a.post(
        applicant ? ApplicationMessage.Side.APPLICANT : ApplicationMessage.Side.HOSPITAL,
        caller.username(),
        form.text(),
        clock.now());
    if (applicant) {
      notices.messageToHospital(a);
    } else {
      notices.messageToApplicant(a);
    }
    em.flush();
    return ETags.ok(ApplicationView.of(a), a.version());
  }

  private Response done(Application a, String action, Map<String, Object> before, String reason) {
    em.flush();
    audit(a, action, before, reason);
    return ETags.ok(ApplicationView.of(a), a.version());
  }

  private void audit(Application a, String action, Map<String, Object> before, String reason) {
    changed.fire(
        new Changed(
            ENTITY,
            a.publicId().toString(),
            action,
            before,
            snapshot(a),
            reason,
            a.applicant().id()));
  }

  static Map<String, Object> snapshot(Application a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scene", a.scene().publicId().toString());
    m.put("project", a.project().publicId().toString());
    m.put("status", a.status().name());
    if (a.participation() != null) {
      m.put("participation", a.participation().name());
    }
    return m;
  }

  /** The applicant's organisation or the scene's hospital (or the district), else 404. */
  private Application visible(String id) {
    Application a = find(id);
    long org = caller.organisationRef();
    if (caller.isDistrictAdmin() || a.applicant().id() == org || a.scene().belongsTo(org)) {
      return a;
    }
    throw ProblemException.notFound(ENTITY, id);
  }

  private Application asApplicant(String id) {
    Application a = find(id);
    if (a.applicant().id() != caller.organisationRef()) {
      throw ProblemException.notFound(ENTITY, id);
    }
    return a;
  }

  private Application asHospital(String id) {
    Application a = find(id);
    if (!a.scene().belongsTo(caller.organisationRef())) {
      throw ProblemException.notFound(ENTITY, id);
    }
    return a;
  }

  private Application find(String id) {
    UUID publicId;
    try {
      publicId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound(ENTITY, id);
    }
    return applications
        .byPublicId(publicId)
        .orElseThrow(() -> ProblemException.notFound(ENTITY, id));
  }
}
