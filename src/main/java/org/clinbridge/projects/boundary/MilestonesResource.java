package org.clinbridge.projects.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.control.Projects;
import org.clinbridge.projects.entity.Milestone;
import org.clinbridge.projects.entity.MilestoneCancelling;
import org.clinbridge.projects.entity.MilestoneReview;
import org.clinbridge.projects.entity.MilestoneReviewed;
import org.clinbridge.projects.entity.Project;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A project's milestones: planned by its owner or manager, reached with evidence, reviewed (go / go
 * with conditions / no-go) by its manager or a district administrator.
 */
@Boundary
@Path("projects/{projectId}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class MilestonesResource {
  static final String ENTITY = "milestone";

  @Inject ProjectAccess access;
  @Inject Projects projects;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;
  @Inject Event<MilestoneCancelling> cancelling;
  @Inject Event<MilestoneReviewed> reviewed;
  @Inject Caller caller;
  @PersistenceContext EntityManager em;

  @GET
  @SignedIn
  @Operation(
      summary = "The project's milestones by due date, each saying whether it is overdue",
      operationId = "listProjectMilestones")
  @APIResponse(
      responseCode = "200",
      description = "One page of the project's milestones",
      content = @Content(schema = @Schema(ref = "Milestone")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<MilestoneView> list(
      @PathParam("projectId") UUID projectId,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    Project p = access.visible(projectId);
    PageRequest request = PageRequest.of(limit, cursor);
    var today = clock.today();
    return Page.of(
        projects.milestones(p, request),
        request.limit(),
        m -> MilestoneView.of(m, today),
        m -> Cursor.of(Projects.MILESTONES, m.dueOn(), m.publicId()));
  }

  @POST
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(summary = "Plan a milestone", operationId = "planMilestone")
  @APIResponse(
      responseCode = "201",
      description = "The planned milestone",
      content = @Content(schema = @Schema(ref = "Milestone")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response plan(
      @PathParam("projectId") UUID projectId,
      @Valid @NotNull MilestoneForms.NewMilestoneForm form,
      @Context UriInfo uri) {
    Milestone m = planMilestone(projectId, form);
    return ETags.created(
        uri.getAbsolutePathBuilder().path(m.publicId().toString()).build(),
        MilestoneView.of(m, clock.today()),
        m.version());
  }

  /** Plans a milestone: the use case behind the API and the project page's milestone dialog. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public Milestone planMilestone(
      UUID projectId, @Valid @NotNull MilestoneForms.NewMilestoneForm form) {
    Project p = access.editable(projectId);
    if (form.dueOn().isBefore(form.plannedOn())) {
      throw ProblemException.invalidField("dueOn", "milestone.due.before-planned");
    }
    Milestone m =
        p.planMilestone(
            BilingualText.of(form.title()),
            form.plannedOn(),
            form.dueOn(),
            form.responsible(),
            clock.now());
    em.persist(m);
    changed.fire(
        new Changed(
            ENTITY,
            m.publicId().toString(),
            "planned",
            Map.of(),
            m.snapshot(),
            null,
            p.owner().id()));
    return m;
  }

  @GET
  @Path("{milestoneId}")
  @SignedIn
  @Operation(summary = "One milestone, with its ETag", operationId = "getMilestone")
  @APIResponse(
      responseCode = "200",
      description = "The milestone",
      content = @Content(schema = @Schema(ref = "Milestone")))
  public Response get(
      @PathParam("projectId") UUID projectId, @PathParam("milestoneId") UUID milestoneId) {
    Milestone m = milestone(access.visible(projectId), milestoneId);
    return ETags.ok(MilestoneView.of(m, clock.today()), m.version());
  }

  @PUT
  @Path("{milestoneId}")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      summary = "Change an open milestone (If-Match required)",
      operationId = "updateMilestone")
  @APIResponse(
      responseCode = "200",
      description = "The changed milestone",
      content = @Content(schema = @Schema(ref = "Milestone")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response revise(
      @PathParam("projectId") UUID projectId,
      @PathParam("milestoneId") UUID milestoneId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull MilestoneForms.MilestoneForm form) {
    Milestone m = milestone(access.editable(projectId), milestoneId);
    ETags.requireMatch(ifMatch, m.version());
    return respond(revised(m, form));
  }

  /**
   * Changes an open milestone the page showed at {@code version}: the use case behind the page's
   * edit dialog (the API checks If-Match instead).
   */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public Milestone reviseMilestone(
      UUID projectId,
      UUID milestoneId,
      long version,
      @Valid @NotNull MilestoneForms.MilestoneForm form) {
    Milestone m = milestone(access.editable(projectId), milestoneId);
    ETags.requireVersion(version, m.version());
    return revised(m, form);
  }

  private Milestone revised(Milestone m, MilestoneForms.MilestoneForm form) {
    Map<String, Object> before = m.snapshot();
    m.revise(BilingualText.of(form.title()), form.dueOn(), form.responsible());
    return changed(m, "revised", before, null);
  }

  @POST
  @Path("{milestoneId}/reached")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      summary = "Record the milestone as reached, with its evidence",
      operationId = "reachMilestone")
  @APIResponse(
      responseCode = "200",
      description = "The reached milestone",
      content = @Content(schema = @Schema(ref = "Milestone")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reach(
      @PathParam("projectId") UUID projectId,
      @PathParam("milestoneId") UUID milestoneId,
      @Valid @NotNull MilestoneForms.ReachForm form) {
    return respond(reachMilestone(projectId, milestoneId, form));
  }

  /** Records a milestone as reached: the API's use case and the page's. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public Milestone reachMilestone(
      UUID projectId, UUID milestoneId, @Valid @NotNull MilestoneForms.ReachForm form) {
    Milestone m = milestone(access.editable(projectId), milestoneId);
    Map<String, Object> before = m.snapshot();
    m.reach(form.reachedOn(), form.evidence(), clock.today());
    return changed(m, "reached", before, null);
  }

  @POST
  @Path("{milestoneId}/cancellation")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(summary = "Cancel an open milestone, with the reason", operationId = "cancelMilestone")
  @APIResponse(
      responseCode = "200",
      description = "The cancelled milestone",
      content = @Content(schema = @Schema(ref = "Milestone")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response cancel(
      @PathParam("projectId") UUID projectId,
      @PathParam("milestoneId") UUID milestoneId,
      @Valid @NotNull MilestoneForms.CancelForm form) {
    return respond(cancelMilestone(projectId, milestoneId, form));
  }

  /** Cancels an open milestone with the reason: the API's use case and the page's. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public Milestone cancelMilestone(
      UUID projectId, UUID milestoneId, @Valid @NotNull MilestoneForms.CancelForm form) {
    Milestone m = milestone(access.editable(projectId), milestoneId);
    Map<String, Object> before = m.snapshot();
    cancelling.fire(
        new MilestoneCancelling(
            m,
            caller.has(Role.START_UP_MEMBER)
                && !caller.has(Role.TECH_MANAGER)
                && !caller.isDistrictAdmin()));
    m.cancel(form.reason());
    return changed(m, "cancelled", before, form.reason());
  }

  @POST
  @Path("{milestoneId}/reviews")
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      summary = "Record a milestone review: go, go with conditions or no-go",
      description =
          "A go needs the milestone reached; only a go releases the tranches tied to it. A no-go"
              + " withdraws the tranches not yet released and gives their money back to the pool;"
              + " a later go reinstates them if the pool still has the room (else 409"
              + " pool-exhausted and no review is recorded).",
      operationId = "reviewMilestone")
  @APIResponse(
      responseCode = "201",
      description = "The recorded review",
      content = @Content(schema = @Schema(ref = "MilestoneReview")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response review(
      @PathParam("projectId") UUID projectId,
      @PathParam("milestoneId") UUID milestoneId,
      @Valid @NotNull MilestoneForms.ReviewForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(ReviewView.of(reviewMilestone(projectId, milestoneId, form)))
        .build();
  }

  /** Records a milestone review: the API's use case and the page's review dialog. */
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public MilestoneReview reviewMilestone(
      UUID projectId, UUID milestoneId, @Valid @NotNull MilestoneForms.ReviewForm form) {
    Milestone m = milestone(access.managed(projectId), milestoneId);
    Map<String, Object> before = m.snapshot();
    MilestoneReview r =
        m.review(
            form.decision(),
            form.note(),
            form.reviewedOn() == null ? clock.today() : form.reviewedOn(),
            access.actor(),
            clock.now(),
            clock.today());
    em.persist(r);
    reviewed.fire(new MilestoneReviewed(m, form.decision()));
    em.flush();
    changed.fire(
        new Changed(
            ENTITY,
            m.publicId().toString(),
            "reviewed",
            before,
            m.snapshot(),
            form.note(),
            m.project().owner().id()));
    return r;
  }

  @GET
  @Path("{milestoneId}/reviews")
  @SignedIn
  @Operation(
      summary = "The milestone's reviews, oldest first (whole)",
      operationId = "listMilestoneReviews")
  @APIResponse(
      responseCode = "200",
      description = "The milestone's reviews as one page",
      content = @Content(schema = @Schema(ref = "MilestoneReview")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<ReviewView> reviews(
      @PathParam("projectId") UUID projectId, @PathParam("milestoneId") UUID milestoneId) {
    Milestone m = milestone(access.visible(projectId), milestoneId);
    return new Page<>(projects.reviews(m).stream().map(ReviewView::of).toList(), null);
  }

  private Milestone milestone(Project p, UUID milestoneId) {
    return projects
        .milestone(p, milestoneId)
        .orElseThrow(() -> ProblemException.notFound(ENTITY, milestoneId));
  }

  /** Flushes the change (so the version is the stored one) and tells the audit trail. */
  private Milestone changed(Milestone m, String action, Map<String, Object> before, String reason) {
    em.flush();
    changed.fire(
        new Changed(
            ENTITY,
            m.publicId().toString(),
            action,
            before,
            m.snapshot(),
            reason,
            m.project().owner().id()));
    return m;
  }

  private Response respond(Milestone m) {
    return ETags.ok(MilestoneView.of(m, clock.today()), m.version());
  }
}
