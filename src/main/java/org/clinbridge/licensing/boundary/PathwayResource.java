package org.clinbridge.licensing.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.clinbridge.licensing.control.Pathways;
import org.clinbridge.licensing.entity.ClinicalEvaluationPath;
import org.clinbridge.licensing.entity.Origin;
import org.clinbridge.licensing.entity.Route;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.reference.control.Subcatalogues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pathway planner: which licences a device needs, in order, with each authority, the documents,
 * the statutory stages and the latest legal dates on the district's calendar, and what comes next.
 * For a project (its class, its applications and their clocks, the innovative channel's pre-check)
 * The question without a project is {@link PathwayPlannerResource}.
 */
@Boundary
// Its own root path: JAX-RS picks the root class with the longest literal path first, so a
// "projects/..." method on an empty root path would never be reached past ProjectsResource.
@Path("projects/{projectId}/pathway")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "licensing")
public class PathwayResource {
  @Inject Pathways pathways;
  @Inject ProjectAccess access;
  @Inject Subcatalogues subcatalogues;

  @GET
  @SignedIn
  @Operation(
      summary = "The project's licensing pathway and what comes next",
      description =
          "From the project's expected class and sub-catalogue; its applications on the route mark"
              + " steps done or under way and date them from their clocks. route defaults to"
              + " NMPA, origin to DOMESTIC, evaluation to the usual path for the class.",
      operationId = "getProjectPathway")
  @APIResponse(
      responseCode = "200",
      description = "The project's licensing pathway",
      content = @Content(schema = @Schema(ref = "Pathway")))
  public PathwayView forProject(
      @PathParam("projectId") UUID projectId,
      @QueryParam("route") String route,
      @QueryParam("origin") String origin,
      @QueryParam("evaluation") String evaluation) {
    Project p = access.visible(projectId);
    if (p.expectedClass() == null && routeOf(route).china()) {
      throw ProblemException.invalidField("deviceClass", "pathway.class-unknown");
    }
    return PathwayView.of(
        pathways.forProject(
            p,
            routeOf(route),
            LicenceApplicationsResource.parse(Origin.class, origin, "origin"),
            LicenceApplicationsResource.parse(
                ClinicalEvaluationPath.class, evaluation, "evaluation")));
  }

  static Route routeOf(String route) {
    Route r = LicenceApplicationsResource.parse(Route.class, route, "route");
    return r == null ? Route.NMPA : r;
  }
}
