package org.clinbridge.contracts.boundary;

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
import java.util.Map;
import java.util.UUID;
import org.clinbridge.contracts.control.Contracts;
import org.clinbridge.contracts.entity.TechnologyContract;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
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

/** A project's technology contracts: listed by whoever sees the project, drafted by its people. */
@Boundary
@Path("projects/{projectId}/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts", description = "Technology contracts and their registration")
public class ProjectContractsResource {
  @Inject ProjectAccess access;
  @Inject Contracts contracts;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @SignedIn
  @Operation(summary = "The project's technology contracts", operationId = "listProjectContracts")
  @APIResponse(
      responseCode = "200",
      description = "One page of the project's contracts",
      content = @Content(schema = @Schema(ref = "TechnologyContract")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<ContractView> list(
      @PathParam("projectId") UUID projectId,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    Project p = access.visible(projectId);
    PageRequest request = PageRequest.of(limit, cursor);
    var today = clock.today();
    return Page.of(
        contracts.ofProject(p, request),
        request.limit(),
        c -> ContractView.of(c, today),
        Contracts::cursorOf);
  }

  @POST
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(summary = "Record a contract as a draft", operationId = "createProjectContract")
  @APIResponse(
      responseCode = "201",
      description = "The drafted contract",
      content = @Content(schema = @Schema(ref = "TechnologyContract")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(
      @PathParam("projectId") UUID projectId,
      @Valid @NotNull ContractForms.ContractForm form,
      @Context UriInfo uri) {
    ContractView c = draftContract(projectId, form);
    return ETags.created(
        uri.getBaseUriBuilder().path("contracts").path(c.id().toString()).build(), c, c.version());
  }

  /** Records a contract as a draft: the API's use case and the project contracts page's. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public ContractView draftContract(
      UUID projectId, @Valid @NotNull ContractForms.ContractForm form) {
    Project p = access.editable(projectId);
    TechnologyContract c =
        new TechnologyContract(
            p,
            form.type(),
            BilingualText.of(form.title()),
            form.partyList(),
            form.amount(),
            form.signedOn(),
            clock.now(),
            clock.today());
    em.persist(c);
    em.flush();
    changed.fire(
        new Changed(
            "technology-contract",
            c.publicId().toString(),
            "created",
            Map.of(),
            c.snapshot(),
            null,
            p.owner().id()));
    return ContractView.of(c, clock.today());
  }
}
