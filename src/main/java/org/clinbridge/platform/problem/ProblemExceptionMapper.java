package org.clinbridge.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.clinbridge.platform.i18n.Messages;

/** Domain and platform failures that already know their problem type. */
@Provider
public class ProblemExceptionMapper extends ProblemMapper<ProblemException> {
  @Override
  public Response toResponse(ProblemException e) {
    if (e instanceof ProblemException.InvalidFieldException invalid) {
      String message = Messages.problems(locale()).text(invalid.detailKey(), invalid.args());
      return respond(
          400,
          "validation",
          List.of(new Violation(invalid.field(), message)),
          "validation.detail",
          1);
    }
    return respond(e.status(), e.slug(), e.violations(), e.detailKey(), e.args());
  }
}
