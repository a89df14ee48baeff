package org.clinbridge.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Domain and platform failures that already know their problem type. */
@Provider
public class ProblemExceptionMapper extends ProblemMapper<ProblemException> {
  @Override
  public Response toResponse(ProblemException e) {
    if (e instanceof ProblemException.InvalidFieldException) {
      return respond(400, "validation", Violations.of(e, locale()), "validation.detail", 1);
    }
    Response r = respond(e.status(), e.slug(), e.violations(), e.detailKey(), e.args());
    if (e.headers().isEmpty()) {
      return r;
    }
    Response.ResponseBuilder b = Response.fromResponse(r);
    e.headers().forEach(b::header);
    return b.build();
  }
}
