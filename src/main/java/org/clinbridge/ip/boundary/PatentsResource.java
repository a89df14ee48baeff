package org.clinbridge.ip.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.ip.control.Patents;
import org.clinbridge.ip.entity.Patent;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Project;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One patent and the changes of its status as the patent office records them. */
@Boundary
@Path("patents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ip")
public class PatentsResource {
  @Inject Patents patents;
  @Inject ProjectAccess access;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @Path("{id}")
  @SignedIn
  @Operation(operationId = "getPatent", summary = "One patent, with its ETag")
  @APIResponse(
      responseCode = "200",
      description = "The patent",
      content = @Content(schema = @Schema(ref = "Patent")))
  public Response get(@PathParam("id") UUID id) {
    Patent p = visible(id);
    return ETags.ok(view(p), p.version());
  }

  @POST
  @Path("{id}/publication")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "recordPatentPublication",
      summary = "Record the publication of an invention application")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The patent, published",
      content = @Content(schema = @Schema(ref = "Patent")))
  public Response publish(
      @PathParam("id") UUID id, @Valid @NotNull PatentForms.PublicationForm form) {
    Patent p = editable(id);
    return changed(p, "published", published(p, form));
  }

  /**
   * Records the publication against the version the page showed: the use case behind the project
   * page's patent dialog.
   */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public PatentView recordPublication(
      UUID id, long version, @Valid @NotNull PatentForms.PublicationForm form) {
    Patent p = editable(id, version);
    return changedView(p, "published", published(p, form));
  }

  /**
   * Each step below is shared by the API and the page; it returns the snapshot from before the
   * step, which the audit event records beside the one after it.
   */
  private static Map<String, Object> published(Patent p, PatentForms.PublicationForm form) {
    Map<String, Object> before = p.snapshot();
    p.publish(form.publishedOn(), Boolean.TRUE.equals(form.searchReport()));
    return before;
  }

  @POST
  @Path("{id}/search-report")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "recordPatentSearchReport",
      summary = "Record a search report that confirms novelty and inventiveness")
  @APIResponse(
      responseCode = "200",
      description = "The patent with its search report",
      content = @Content(schema = @Schema(ref = "Patent")))
  public Response searchReport(@PathParam("id") UUID id) {
    Patent p = editable(id);
    return changed(p, "search-report-recorded", searchReported(p));
  }

  /** Records the search report against the version the page showed. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public PatentView recordSearchReport(UUID id, long version) {
    Patent p = editable(id, version);
    return changedView(p, "search-report-recorded", searchReported(p));
  }

  private static Map<String, Object> searchReported(Patent p) {
    Map<String, Object> before = p.snapshot();
    p.recordSearchReport();
    return before;
  }

  @POST
  @Path("{id}/grant")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(operationId = "recordPatentGrant", summary = "Record the grant")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The granted patent",
      content = @Content(schema = @Schema(ref = "Patent")))
  public Response grant(@PathParam("id") UUID id, @Valid @NotNull PatentForms.GrantForm form) {
    Patent p = editable(id);
    return changed(p, "granted", granted(p, form));
  }

  /** Records the grant against the version the page showed. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public PatentView recordGrant(UUID id, long version, @Valid @NotNull PatentForms.GrantForm form) {
    Patent p = editable(id, version);
    return changedView(p, "granted", granted(p, form));
  }

  private static Map<String, Object> granted(Patent p, PatentForms.GrantForm form) {
    Map<String, Object> before = p.snapshot();
    p.grant(form.grantedOn());
    return before;
  }

  @POST
  @Path("{id}/end")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "endPatent",
      summary = "Record that the patent was rejected, withdrawn or has lapsed")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "200",
      description = "The ended patent",
      content = @Content(schema = @Schema(ref = "Patent")))
  public Response end(@PathParam("id") UUID id, @Valid @NotNull PatentForms.EndForm form) {
    Patent p = editable(id);
    return changed(p, "ended", ended(p, form));
  }

  /** Records the end (rejected, withdrawn, lapsed) against the version the page showed. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public PatentView recordEnd(UUID id, long version, @Valid @NotNull PatentForms.EndForm form) {
    Patent p = editable(id, version);
    return changedView(p, "ended", ended(p, form));
  }

  private static Map<String, Object> ended(Patent p, PatentForms.EndForm form) {
    Map<String, Object> before = p.snapshot();
    p.end(form.status(), form.on());
    return before;
  }

  private Patent visible(UUID id) {
    Patent p = patents.byPublicId(id).orElse(null);
    if (p == null || !patents.canSee(p)) {
      throw ProblemException.notFound("patent", id);
    }
    return p;
  }

  private Patent editable(UUID id) {
    Patent p = visible(id);
    if (!patents.canEdit(p)) {
      throw ProjectAccess.forbidden();
    }
    return p;
  }

  /** A page's change: refused with the API's 412 when the patent changed since it was shown. */
  private Patent editable(UUID id, long version) {
    Patent p = editable(id);
    ETags.requireVersion(version, p.version());
    return p;
  }

  private Response changed(Patent p, String action, Map<String, Object> before) {
    PatentView v = changedView(p, action, before);
    return ETags.ok(v, v.version());
  }

  private PatentView changedView(Patent p, String action, Map<String, Object> before) {
    em.flush();
    changed.fire(
        new Changed(
            "patent", p.publicId().toString(), action, before, p.snapshot(), null, p.owner().id()));
    return view(p);
  }

  private PatentView view(Patent p) {
    return PatentView.of(
        p, p.projects().stream().filter(access::canSee).map(Project::publicId).sorted().toList());
  }
}
