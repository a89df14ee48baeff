package org.clinbridge.platform.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.Messages;

/** What every exception mapper needs: the caller's language and the path asked for. */
abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  /** Lets one mapper hand a nested cause to another with the same request context. */
  <M extends ProblemMapper<?>> M withContext(M other) {
    other.headers = headers;
    other.uriInfo = uriInfo;
    return other;
  }

  Locale locale() {
    return headers == null ? Messages.ENGLISH : AcceptLanguage.of(headers);
  }

  String instance() {
    return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
  }

  Response respond(int status, String slug, String detailKey, Object... args) {
    return respond(status, slug, List.of(), detailKey, args);
  }

  Response respond(
      int status, String slug, List<Violation> violations, String detailKey, Object... args) {
    return ProblemResponses.response(
        locale(), status, slug, detailKey, args, violations, instance());
  }
}
