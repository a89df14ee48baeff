package org.clinbridge.projects.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.control.OverdueMilestones;
import org.clinbridge.projects.control.ProjectAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The overdue milestones across the projects a caller follows: a technology manager's worklist. */
@Boundary
@Path("milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class OverdueMilestonesResource {
  @Inject ProjectAccess access;
  @Inject OverdueMilestones overdue;
  @Inject DistrictClock clock;

  @GET
  @Path("overdue")
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN, Roles.START_UP_MEMBER})
  @Operation(
      summary = "Open milestones past their due date, most overdue first",
      description =
          "Of the projects the caller may see: a technology manager's assigned projects, a"
              + " start-up's own, all for a district administrator",
      operationId = "listOverdueMilestones")
  @APIResponse(
      responseCode = "200",
      description = "One page of overdue milestones",
      content = @Content(schema = @Schema(ref = "Milestone")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<MilestoneView> list(
      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    var today = clock.today();
    return Page.of(
        overdue.page(access.scope(), today, request),
        request.limit(),
        m -> MilestoneView.of(m, today),
        OverdueMilestones::cursorOf);
  }
}
