package org.clinbridge.platform.problem;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A use case whose commit failed ({@code @Transactional} wraps that in a TransactionalException
 * after the method returned): the same answers as any other failure, through {@link
 * UnexpectedExceptionMapper}, so the database going away during a commit is a 503 the client
 * retries, not a 500. Without this mapper Jersey's own one for TransactionalException finds no
 * other mapper for it, rethrows, and the container answers 500. Its priority puts it before
 * Jersey's, which maps the same type.
 */
@Provider
@Priority(1000)
public class CommitFailureMapper extends ProblemMapper<TransactionalException> {
  @Override
  public Response toResponse(TransactionalException e) {
    return withContext(new UnexpectedExceptionMapper()).toResponse(e);
  }
}
