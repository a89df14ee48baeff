package org.clinbridge.scenes.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.scenes.control.ResearchStudies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A scene as a FHIR R4 ResearchStudy, for registries and hospital systems that speak FHIR. */
@Boundary
@Transactional(Transactional.TxType.SUPPORTS)
@Path("fhir/ResearchStudy")
@Tag(name = "scenes")
public class ResearchStudyResource {
  @Inject ScenesResource scenes;
  @Inject ResearchStudies researchStudies;

  @GET
  @Path("{id}")
  // FHIR's own type first; plain JSON too, as FHIR servers are expected to serve it.
  @Produces({ResearchStudies.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @SignedIn
  @Operation(
      operationId = "getSceneResearchStudy",
      summary = "A scene as a FHIR R4 (4.0.1) ResearchStudy",
      description =
          "Progress maps onto the 11 R4 status codes (RECRUITING is active); device studies"
              + " have phase n-a. Visibility as GET /api/scenes/{id}.")
  @APIResponse(
      responseCode = "200",
      description = "The scene as a FHIR R4 ResearchStudy",
      content =
          @Content(
              mediaType = ResearchStudies.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.OBJECT)))
  public Response get(@PathParam("id") String id) {
    return Response.ok(json(id)).build();
  }

  /** The scene as FHIR JSON: the API's answer and the scene page's download. */
  @SignedIn
  public String json(String id) {
    return researchStudies.json(scenes.visible(id));
  }
}
