package org.clinbridge.platform.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Bean Validation failures: a 400 naming each field at fault, with the message re-interpolated in
 * the caller's language (the validator itself only knows the server's default locale).
 */
@Provider
public class ValidationExceptionMapper extends ProblemMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Violation> violations = Violations.of(e.getConstraintViolations(), locale());
    return respond(400, "validation", violations, "validation.detail", violations.size());
  }
}
