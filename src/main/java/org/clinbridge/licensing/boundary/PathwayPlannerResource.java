package org.clinbridge.licensing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.clinbridge.licensing.control.Pathways;
import org.clinbridge.licensing.entity.ClinicalEvaluationPath;
import org.clinbridge.licensing.entity.Origin;
import org.clinbridge.licensing.entity.Pathway;
import org.clinbridge.licensing.entity.Route;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.reference.control.Subcatalogues;
import org.clinbridge.reference.entity.DeviceClass;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pathway planner for a question without a project: public, the rules are the same for all. */
@Boundary
@Path("licensing/pathway")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "licensing")
public class PathwayPlannerResource {
  @Inject Pathways pathways;
  @Inject Subcatalogues subcatalogues;

  @GET
  @PermitAll
  @Operation(
      summary = "Try the pathway planner without a project",
      description =
          "Public: the rules are the same for everyone. class is required on the NMPA route;"
              + " innovative=true adds the innovative channel (never for Class I).",
      operationId = "planLicensingPathway")
  @APIResponse(
      responseCode = "200",
      description = "The licensing pathway for the question",
      content = @Content(schema = @Schema(ref = "Pathway")))
  public PathwayView forQuestion(
      @QueryParam("class") String deviceClass,
      @QueryParam("subcatalogue") String subcatalogue,
      @QueryParam("route") String route,
      @QueryParam("origin") String origin,
      @QueryParam("evaluation") String evaluation,
      @QueryParam("innovative") boolean innovative) {
    Route r = PathwayResource.routeOf(route);
    DeviceClass c = LicenceApplicationsResource.parse(DeviceClass.class, deviceClass, "class");
    if (c == null && r.china()) {
      throw ProblemException.invalidField("class", "pathway.class-required");
    }
    String code = subcatalogue == null || subcatalogue.isBlank() ? null : subcatalogue.strip();
    if (code != null && subcatalogues.byCode(code).isEmpty()) {
      throw ProblemException.invalidField("subcatalogue", "pathway.subcatalogue-unknown", code);
    }
    return PathwayView.of(
        pathways.forQuestion(
            new Pathway.Question(
                c,
                code,
                r,
                LicenceApplicationsResource.parse(Origin.class, origin, "origin"),
                LicenceApplicationsResource.parse(
                    ClinicalEvaluationPath.class, evaluation, "evaluation"),
                innovative)));
  }
}
