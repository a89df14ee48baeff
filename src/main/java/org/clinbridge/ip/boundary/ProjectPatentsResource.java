package org.clinbridge.ip.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.ip.control.Patents;
import org.clinbridge.ip.entity.Patent;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Project;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The patents protecting a project's technology: recorded and linked by the project's people, read
 * by whoever may see the project.
 */
@Boundary
@Path("projects/{projectId}/patents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ip", description = "Patents, the innovative-device pre-check, technology listings")
public class ProjectPatentsResource {
  static final String ENTITY = "patent";

  @Inject ProjectAccess access;
  @Inject Patents patents;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @SignedIn
  @Operation(
      operationId = "listProjectPatents",
      summary = "The project's patents by filing date (whole)")
  @APIResponse(
      responseCode = "200",
      description = "The project's patents",
      content = @Content(schema = @Schema(ref = "Patent")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<PatentView> list(@PathParam("projectId") UUID projectId) {
    Project p = access.visible(projectId);
    return new Page<>(
        patents.ofProject(p).stream().map(pa -> PatentView.of(pa, visibleProjects(pa))).toList(),
        null);
  }

  @POST
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "createProjectPatent",
      summary = "Record a patent and link it to the project")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "The new patent",
      content = @Content(schema = @Schema(ref = "Patent")))
  public Response create(
      @PathParam("projectId") UUID projectId,
      @Valid @NotNull PatentForms.NewPatentForm form,
      @Context UriInfo uri) {
    PatentView v = recordPatent(projectId, form);
    return ETags.created(
        uri.getBaseUriBuilder().path("patents").path(v.id().toString()).build(), v, v.version());
  }

  /**
   * Records a patent and links it to the project: the use case behind the API and the project
   * page's patent dialog.
   */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public PatentView recordPatent(UUID projectId, @Valid @NotNull PatentForms.NewPatentForm form) {
    Project p = access.editable(projectId);
    if (patents.byNumber(form.number()).isPresent()) {
      throw ProblemException.invalidField("number", "patent.number.taken");
    }
    Patent pa =
        new Patent(
            form.number(),
            BilingualText.of(form.title()),
            form.kind(),
            form.filedOn(),
            form.holder(),
            p.owner(),
            clock.now(),
            clock.today());
    if (form.publishedOn() != null) {
      pa.publish(form.publishedOn(), Boolean.TRUE.equals(form.searchReport()));
    } else if (Boolean.TRUE.equals(form.searchReport())) {
      throw ProblemException.invalidField("publishedOn", "field.required");
    }
    if (form.grantedOn() != null) {
      pa.grant(form.grantedOn());
    }
    pa.linkTo(p);
    em.persist(pa);
    em.flush();
    changed.fire(
        new Changed(
            ENTITY,
            pa.publicId().toString(),
            "created",
            Map.of(),
            pa.snapshot(),
            null,
            p.owner().id()));
    return PatentView.of(pa, visibleProjects(pa));
  }

  @PUT
  @Path("{patentId}")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(operationId = "linkProjectPatent", summary = "Link a recorded patent to the project")
  @APIResponse(
      responseCode = "200",
      description = "The patent, linked to the project",
      content = @Content(schema = @Schema(ref = "Patent")))
  public PatentView link(
      @PathParam("projectId") UUID projectId, @PathParam("patentId") UUID patentId) {
    Project p = access.editable(projectId);
    Patent pa = patent(patentId);
    Map<String, Object> before = pa.snapshot();
    pa.linkTo(p);
    return changed(pa, "linked", before, p);
  }

  @DELETE
  @Path("{patentId}")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "unlinkProjectPatent",
      summary = "Unlink the patent from the project (the patent record stays)")
  @APIResponse(
      responseCode = "200",
      description = "The patent, no longer linked to the project",
      content = @Content(schema = @Schema(ref = "Patent")))
  public PatentView unlink(
      @PathParam("projectId") UUID projectId, @PathParam("patentId") UUID patentId) {
    Project p = access.editable(projectId);
    Patent pa = patent(patentId);
    Map<String, Object> before = pa.snapshot();
    pa.unlinkFrom(p);
    return changed(pa, "unlinked", before, p);
  }

  private Patent patent(UUID id) {
    Patent pa = patents.byPublicId(id).orElse(null);
    if (pa == null || !patents.canSee(pa)) {
      throw ProblemException.notFound(ENTITY, id);
    }
    return pa;
  }

  private PatentView changed(Patent pa, String action, Map<String, Object> before, Project p) {
    em.flush();
    changed.fire(
        new Changed(
            ENTITY, pa.publicId().toString(), action, before, pa.snapshot(), null, p.owner().id()));
    return PatentView.of(pa, visibleProjects(pa));
  }

  List<UUID> visibleProjects(Patent pa) {
    return pa.projects().stream().filter(access::canSee).map(Project::publicId).sorted().toList();
  }
}
