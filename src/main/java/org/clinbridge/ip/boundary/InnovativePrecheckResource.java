package org.clinbridge.ip.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.clinbridge.ip.control.Patents;
import org.clinbridge.ip.entity.InnovativePrecheck;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Project;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The innovative medical device channel pre-check of a project: which conditions its own patents,
 * category and expected class meet, and why each failing one fails.
 */
@Boundary
@Path("projects/{projectId}/innovative-precheck")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ip")
public class InnovativePrecheckResource {
  @Inject ProjectAccess access;
  @Inject Patents patents;
  @Inject DistrictClock clock;

  @Schema(name = "PrecheckCondition")
  public record ConditionView(
      @Schema(example = "INVENTION_PATENT") String code, boolean met, Bilingual reason) {}

  @Schema(name = "InnovativePrecheck")
  public record PrecheckView(boolean eligible, LocalDate asOf, List<ConditionView> conditions) {}

  @GET
  @SignedIn
  @Operation(
      operationId = "checkInnovativeDevice",
      summary = "Pre-check the project for the innovative medical device channel",
      description =
          "Conditions: a device; expected class II or III; a Chinese invention patent granted at"
              + " most 5 years before asOf, or published with a search report confirming novelty."
              + " Each condition says why it is met or not, in both languages.")
  @APIResponse(
      responseCode = "200",
      description = "Which conditions of the innovative-device procedure the project meets",
      content = @Content(schema = @Schema(ref = "InnovativePrecheck")))
  public PrecheckView check(
      @PathParam("projectId") UUID projectId,
      @Parameter(description = "The planned application date (default today)") @QueryParam("asOf")
          String asOf) {
    Project p = access.visible(projectId);
    LocalDate day;
    try {
      day = asOf == null || asOf.isBlank() ? clock.today() : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField("asOf", "filter.one-of", "YYYY-MM-DD");
    }
    var r = InnovativePrecheck.evaluate(p.category(), p.expectedClass(), patents.ofProject(p), day);
    return new PrecheckView(
        r.eligible(),
        r.asOf(),
        r.conditions().stream()
            .map(
                c ->
                    new ConditionView(
                        c.code(),
                        c.met(),
                        Messages.both("projects", c.messageKey(), c.args().toArray())))
            .toList());
  }
}
