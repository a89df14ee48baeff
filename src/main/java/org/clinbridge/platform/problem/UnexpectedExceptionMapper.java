package org.clinbridge.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: anything no other mapper took. Known failures hidden in a cause chain (a
 * transaction rollback wrapping an optimistic-lock conflict or a domain exception, a JSON parse
 * error) get their proper problem; everything else is a 500 with an incident id that is also logged
 * with the stack trace, which never reaches the client.
 */
@Provider
public class UnexpectedExceptionMapper extends ProblemMapper<Throwable> {
  private static final String ECLIPSELINK_OPTIMISTIC_LOCK =
      "org.eclipse.persistence.exceptions.OptimisticLockException";
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof ProblemException p) {
        return withContext(new ProblemExceptionMapper()).toResponse(p);
      }
      if (c instanceof ConstraintViolationException v && c != e) {
        return withContext(new ValidationExceptionMapper()).toResponse(v);
      }
      if (c instanceof OptimisticLockException
          || c.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC_LOCK)) {
        return respond(409, "conflict", "conflict.detail.concurrent");
      }
      if (c instanceof WebApplicationException w && c != e && w.getResponse().getStatus() < 500) {
        return withContext(new WebApplicationExceptionMapper()).toResponse(w);
      }
    }
    if (MalformedBody.isMalformed(e)) {
      return respond(400, "malformed-json", "malformed-json.detail");
    }
    if (DatabaseUnavailable.is(e)) {
      LOG.log(Level.WARNING, "Database unavailable at " + instance() + ": " + e);
      return Response.fromResponse(
              respond(503, "database-unavailable", "database-unavailable.detail"))
          .header("Retry-After", "5")
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, e, () -> "Incident " + incident + " at " + instance());
    return ProblemResponses.response(
        ProblemResponses.problem(
            locale(),
            500,
            "internal",
            "internal.detail",
            new Object[] {incident},
            null,
            instance(),
            incident),
        locale());
  }
}
