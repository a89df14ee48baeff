package org.clinbridge.licensing.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.licensing.control.LicenceAccess;
import org.clinbridge.licensing.control.Licences;
import org.clinbridge.licensing.control.StatutoryClocks;
import org.clinbridge.licensing.entity.ApplicationState;
import org.clinbridge.licensing.entity.ApplicationType;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.licensing.entity.StatutoryClock;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.reference.control.FdaProductCodes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A project's licence applications: listed for whoever sees the project, planned by its start-up,
 * its technology manager or a district administrator.
 */
@Boundary
@Path("projects/{projectId}/licence-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "licensing")
public class ProjectApplicationsResource {
  @Inject ProjectAccess access;
  @Inject Licences licences;
  @Inject StatutoryClocks statutoryClocks;
  @Inject FdaProductCodes fdaCodes;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @SignedIn
  @Operation(
      summary = "The project's licence applications, oldest first",
      operationId = "listProjectLicenceApplications")
  @APIResponse(
      responseCode = "200",
      description = "One page of the project's licence applications",
      content = @Content(schema = @Schema(ref = "LicenceApplication")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<LicenceViews.ApplicationView> applications(
      @PathParam("projectId") UUID projectId,
      @QueryParam("state") String state,
      @QueryParam("type") String type,
      @QueryParam("includeVoided") boolean includeVoided,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    Project p = access.visible(projectId);
    PageRequest request = PageRequest.of(limit, cursor);
    List<LicenceApplication> page =
        licences.applications(
            new Licences.ApplicationFilter(
                p,
                LicenceApplicationsResource.parse(ApplicationState.class, state, "state"),
                LicenceApplicationsResource.parse(ApplicationType.class, type, "type"),
                includeVoided),
            request);
    Map<Long, Optional<StatutoryClock>> clocks = statutoryClocks.of(page);
    return Page.of(
        page,
        request.limit(),
        a -> LicenceViews.ApplicationView.of(a, clocks.get(a.id())),
        Licences::cursorOf);
  }

  @POST
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Plan a licence application",
      description =
          "The authority follows from route, type, class and origin; a combination the rules"
              + " forbid (a Class I registration, ...) is a 422 naming the rule",
      operationId = "planProjectLicenceApplication")
  @APIResponse(
      responseCode = "201",
      description = "The planned licence application",
      content = @Content(schema = @Schema(ref = "LicenceApplication")))
  public Response plan(
      @PathParam("projectId") UUID projectId,
      @Valid @NotNull LicenceForms.NewApplicationForm form,
      @Context UriInfo uri) {
    Project p = access.editable(projectId);
    String fdaCode = form.fdaProductCode();
    if (fdaCode != null && !fdaCode.isBlank()) {
      fdaCode =
          fdaCodes
              .byCode(fdaCode)
              .orElseThrow(
                  () ->
                      ProblemException.invalidField(
                          "fdaProductCode", "licence.fda-code.unknown", form.fdaProductCode()))
              .productCode();
    }
    LicenceApplication.Planned planned =
        LicenceApplication.plan(
            p,
            form.type(),
            form.route(),
            form.deviceClass(),
            form.origin(),
            BilingualText.of(form.product()),
            fdaCode,
            access.actor(),
            clock.now(),
            clock.today());
    LicenceApplication a = planned.application();
    em.persist(a);
    em.persist(planned.event());
    planned.documents().forEach(em::persist);
    em.flush();
    changed.fire(
        new Changed(
            LicenceAccess.APPLICATION,
            a.publicId().toString(),
            "planned",
            Map.of(),
            a.snapshot(),
            null,
            p.owner().id()));
    return ETags.created(
        uri.getBaseUriBuilder().path("licence-applications").path(a.publicId().toString()).build(),
        LicenceViews.ApplicationView.of(a, statutoryClocks.of(a)),
        a.version());
  }
}
