package org.clinbridge.funding.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.clinbridge.funding.control.Funds;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.projects.control.ProjectAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The grants a project received. */
@Boundary
@Path("projects/{projectId}/grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "fund")
public class ProjectGrantsResource {
  @Inject Funds funds;
  @Inject ProjectAccess access;

  @GET
  @SignedIn
  @Operation(
      summary = "The project's grants with their tranches",
      operationId = "listProjectGrants")
  @APIResponse(
      responseCode = "200",
      description = "One page of the project's grants",
      content = @Content(schema = @Schema(ref = "Grant")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<FundViews.GrantView> list(
      @PathParam("projectId") UUID projectId,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    var project = access.visible(projectId);
    PageRequest request = PageRequest.of(limit, cursor);
    return Page.of(
        funds.grants(project, request), request.limit(), FundViews.GrantView::of, Funds::cursorOf);
  }
}
