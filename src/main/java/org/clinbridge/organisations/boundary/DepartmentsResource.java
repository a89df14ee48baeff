package org.clinbridge.organisations.boundary;

import static org.clinbridge.platform.security.Roles.DISTRICT_ADMIN;
import static org.clinbridge.platform.security.Roles.ORG_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.clinbridge.organisations.control.Departments;
import org.clinbridge.organisations.control.Organisations;
import org.clinbridge.organisations.entity.Department;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The departments of a hospital (the "sites" where scenes open). Read by whoever may see the
 * hospital; created, renamed and deactivated by its {@code ORG_ADMIN} or a district admin. Only
 * hospitals have departments: for another kind the list is empty and creating one is a 409.
 */
@Boundary
@Path("organisations/{id}/departments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations")
public class DepartmentsResource {
  @Inject Organisations organisations;
  @Inject Departments departments;
  @Inject Caller caller;
  @Inject DistrictClock clock;

  @GET
  @SignedIn
  @Operation(
      summary = "The departments of an organisation, in creation order",
      operationId = "listOrganisationDepartments")
  @APIResponse(
      responseCode = "200",
      description = "One page of departments",
      content = @Content(schema = @Schema(ref = "Department")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<DepartmentView> list(
      @PathParam("id") UUID id,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    Organisation o = organisations.visible(id);
    return Page.of(
        departments.page(o, request), request.limit(), DepartmentView::of, Departments::cursorOf);
  }

  @POST
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a department to a hospital",
      operationId = "createOrganisationDepartment")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      content = @Content(schema = @Schema(ref = "Department")))
  public Response create(
      @PathParam("id") UUID id, @NotNull @Valid DepartmentForm form, @Context UriInfo uri) {
    Department d = add(id, form);
    return ETags.created(
        uri.getAbsolutePathBuilder().path(d.publicId().toString()).build(),
        DepartmentView.of(d),
        d.version());
  }

  @GET
  @Path("{department}")
  @SignedIn
  @Operation(summary = "One department", operationId = "getOrganisationDepartment")
  @APIResponse(
      responseCode = "200",
      description = "The department",
      content = @Content(schema = @Schema(ref = "Department")))
  public Response get(@PathParam("id") UUID id, @PathParam("department") UUID department) {
    Department d = departments.of(organisations.visible(id), department);
    return ETags.ok(DepartmentView.of(d), d.version());
  }

  @PUT
  @Path("{department}")
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rename a department (If-Match required)",
      operationId = "renameOrganisationDepartment")
  @APIResponse(
      responseCode = "200",
      description = "The renamed department",
      content = @Content(schema = @Schema(ref = "Department")))
  public Response rename(
      @PathParam("id") UUID id,
      @PathParam("department") UUID department,
      @NotNull @Valid DepartmentForm form,
      @Context HttpHeaders headers) {
    Department d = change(id, department, headers.getHeaderString(HttpHeaders.IF_MATCH), form);
    return ETags.ok(DepartmentView.of(d), d.version());
  }

  @POST
  @Path("{department}/deactivate")
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Deactivate a department, with a reason (never deleted)",
      operationId = "deactivateOrganisationDepartment")
  @APIResponse(
      responseCode = "200",
      description = "The deactivated department",
      content = @Content(schema = @Schema(ref = "Department")))
  public Response deactivate(
      @PathParam("id") UUID id,
      @PathParam("department") UUID department,
      @NotNull @Valid ReasonForm form) {
    Department d = departments.of(administered(id), department);
    Map<String, Object> before = Departments.snapshot(d);
    d.deactivate(form.reason());
    departments.changed(d, "deactivated", before, form.reason());
    departments.flush();
    return ETags.ok(DepartmentView.of(d), d.version());
  }

  /**
   * Adds a department to a hospital from a validated form: the use case behind {@code POST}, also
   * run by the web pages.
   */
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  public Department add(UUID id, DepartmentForm form) {
    Organisation o = administered(id);
    Department d = departments.add(new Department(o, BilingualText.of(form.name()), clock.now()));
    departments.flush();
    return d;
  }

  /**
   * Renames a department if {@code ifMatch} names its current version: the use case behind {@code
   * PUT}, also run by the web pages.
   */
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  public Department change(UUID id, UUID department, String ifMatch, DepartmentForm form) {
    Department d = departments.of(administered(id), department);
    ETags.requireMatch(ifMatch, d.version());
    Map<String, Object> before = Departments.snapshot(d);
    d.rename(BilingualText.of(form.name()));
    departments.changed(d, "updated", before, null);
    departments.flush();
    return d;
  }

  private Organisation administered(UUID id) {
    Organisation o = organisations.visible(id);
    if (!caller.administers(o.id())) {
      throw ProblemException.forbidden();
    }
    return o;
  }
}
