package org.clinbridge.platform.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * {@code type} is stable and may be matched by clients; {@code title} and {@code detail} are for
 * people and follow {@code Accept-Language}.
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail; the body of every error")
public record Problem(
    @Schema(example = "urn:clinbridge:problem:validation", required = true) String type,
    @Schema(example = "The request has invalid fields", required = true) String title,
    @Schema(example = "400", required = true) int status,
    @Schema(example = "2 fields are invalid") String detail,
    @Schema(example = "/api/organisations") String instance,
    @Schema(description = "The X-Request-Id of the request") String requestId,
    @Schema(description = "For a 500: the id under which the failure was logged") String incidentId,
    @Schema(description = "For a validation failure: each field at fault")
        List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_PREFIX = "urn:clinbridge:problem:";
}
