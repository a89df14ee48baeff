package org.clinbridge.organisations.boundary;

import static org.clinbridge.platform.security.Roles.DISTRICT_ADMIN;
import static org.clinbridge.platform.security.Roles.ORG_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
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
import org.clinbridge.organisations.control.Organisations;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
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
 * Organisations. A district admin sees and registers all of them; everyone else sees only their
 * own, and another organisation is a 404. Organisation admins edit their own organisation's
 * details; only a district admin deactivates (never deletes) or reactivates.
 */
@Boundary
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations", description = "Organisations, their departments and people")
public class OrganisationsResource {
  @Inject Organisations organisations;
  @Inject Caller caller;
  @Inject DistrictClock clock;

  @GET
  @SignedIn
  @Operation(
      summary = "Organisations the caller may see, in registration order",
      operationId = "listOrganisations")
  @APIResponse(
      responseCode = "200",
      description = "One page of organisations",
      content = @Content(schema = @Schema(ref = "Organisation")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<OrganisationView> list(
      @Parameter(description = "Only this kind") @QueryParam("kind") String kind,
      @Parameter(description = "true: only active; false: only deactivated") @QueryParam("active")
          String active,
      @Parameter(description = "Part of the name (zh or en), USCC or contact name") @QueryParam("q")
          String text,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    var filter = new Organisations.Filter(kindOf(kind), booleanOf("active", active), text);
    return Page.of(
        organisations.page(request, filter),
        request.limit(),
        OrganisationView::of,
        Organisations::cursorOf);
  }

  @POST
  @RolesAllowed(DISTRICT_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an organisation", operationId = "createOrganisation")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names it",
      content = @Content(schema = @Schema(ref = "Organisation")))
  public Response create(@NotNull @Valid OrganisationForm form, @Context UriInfo uri) {
    Organisation o = register(form);
    return ETags.created(
        uri.getAbsolutePathBuilder().path(o.publicId().toString()).build(),
        OrganisationView.of(o),
        o.version());
  }

  @GET
  @Path("{id}")
  @SignedIn
  @Operation(summary = "One organisation; ETag for a later update", operationId = "getOrganisation")
  @APIResponse(
      responseCode = "200",
      description = "The organisation",
      content = @Content(schema = @Schema(ref = "Organisation")))
  public Response get(@PathParam("id") UUID id) {
    OrganisationView o = read(id);
    return ETags.ok(o, o.version());
  }

  /** One organisation as its reader sees it: the API's read and the administration pages'. */
  @SignedIn
  public OrganisationView read(UUID id) {
    return OrganisationView.of(organisations.visible(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change an organisation's name and contact (If-Match required)",
      operationId = "updateOrganisation")
  @APIResponse(
      responseCode = "200",
      description = "The changed organisation",
      content = @Content(schema = @Schema(ref = "Organisation")))
  public Response update(
      @PathParam("id") UUID id,
      @NotNull @Valid OrganisationUpdate form,
      @Context HttpHeaders headers) {
    Organisation o = change(id, headers.getHeaderString(HttpHeaders.IF_MATCH), form);
    return ETags.ok(OrganisationView.of(o), o.version());
  }

  @POST
  @Path("{id}/deactivate")
  @RolesAllowed(DISTRICT_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Deactivate an organisation, with a reason",
      description = "Its people can no longer sign in. Organisations are never deleted.",
      operationId = "deactivateOrganisation")
  @APIResponse(
      responseCode = "200",
      description = "The deactivated organisation",
      content = @Content(schema = @Schema(ref = "Organisation")))
  public Response deactivate(@PathParam("id") UUID id, @NotNull @Valid ReasonForm form) {
    Organisation o = organisations.visible(id);
    Map<String, Object> before = o.snapshot();
    o.deactivate(form.reason(), clock.now());
    organisations.changed(o, "deactivated", before, form.reason());
    organisations.flush();
    return ETags.ok(OrganisationView.of(o), o.version());
  }

  @POST
  @Path("{id}/reactivate")
  @RolesAllowed(DISTRICT_ADMIN)
  @Operation(
      summary = "Reactivate a deactivated organisation",
      operationId = "reactivateOrganisation")
  @APIResponse(
      responseCode = "200",
      description = "The reactivated organisation",
      content = @Content(schema = @Schema(ref = "Organisation")))
  public Response reactivate(@PathParam("id") UUID id) {
    Organisation o = organisations.visible(id);
    Map<String, Object> before = o.snapshot();
    o.reactivate();
    organisations.changed(o, "reactivated", before, null);
    organisations.flush();
    return ETags.ok(OrganisationView.of(o), o.version());
  }

  /**
   * Registers an organisation from a validated form: the use case behind {@code POST}, also run by
   * the web pages (which check the caller's role themselves: the role filter guards HTTP only).
   */
  public Organisation register(OrganisationForm form) {
    Organisation o =
        new Organisation(
            form.kind(), BilingualText.of(form.name()), form.uscc().trim(), clock.now());
    var c = form.contact() == null ? OrganisationForm.Contact.NONE : form.contact();
    o.changeContact(c.name(), c.email(), c.phone(), c.address());
    organisations.register(o);
    flushOrConflict(o);
    return o;
  }

  /**
   * Changes an organisation's name and contact if {@code ifMatch} names its current version: the
   * use case behind {@code PUT}, also run by the web pages.
   */
  public Organisation change(UUID id, String ifMatch, OrganisationUpdate form) {
    Organisation o = administered(id);
    ETags.requireMatch(ifMatch, o.version());
    Map<String, Object> before = o.snapshot();
    o.rename(BilingualText.of(form.name()));
    var c = form.contact() == null ? OrganisationForm.Contact.NONE : form.contact();
    o.changeContact(c.name(), c.email(), c.phone(), c.address());
    organisations.changed(o, "updated", before, null);
    organisations.flush();
    return o;
  }

  /** The organisation if the caller manages it; 404 if they cannot see it, 403 if only see it. */
  private Organisation administered(UUID id) {
    Organisation o = organisations.visible(id);
    if (!caller.administers(o.id())) {
      throw ProblemException.forbidden();
    }
    return o;
  }

  private void flushOrConflict(Organisation o) {
    try {
      organisations.flush();
    } catch (PersistenceException e) {
      // Another request registered the same USCC between our check and our insert.
      throw new ProblemException(409, "uscc-taken", "uscc-taken.detail", o.uscc());
    }
  }

  static OrganisationKind kindOf(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return OrganisationKind.valueOf(kind.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("kind", "organisation.kind.unknown", kind);
    }
  }

  static Boolean booleanOf(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw ProblemException.invalidField(field, "boolean.invalid", value);
    };
  }
}
