package org.clinbridge.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself rejects: unknown paths, wrong methods, unsupported media types, unreadable
 * bodies. The status stays; the body becomes a problem with a stable type.
 */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status >= 500) {
      return withContext(new UnexpectedExceptionMapper()).toResponse(e);
    }
    if (status == 400 && MalformedBody.isMalformed(e)) {
      return respond(400, "malformed-json", "malformed-json.detail");
    }
    String slug = slugFor(status);
    Response r = respond(status, slug, slug + ".detail");
    if (status == 401) {
      // RFC 9110: a 401 names how to authenticate.
      return Response.fromResponse(r)
          .header("WWW-Authenticate", "Bearer realm=\"clinbridge\"")
          .build();
    }
    if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
      return Response.fromResponse(r)
          .header("Allow", e.getResponse().getHeaderString("Allow"))
          .build();
    }
    return r;
  }

  static String slugFor(int status) {
    return switch (status) {
      case 400 -> "bad-request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 409 -> "conflict";
      case 412 -> "stale-resource";
      case 413 -> "payload-too-large";
      case 415 -> "unsupported-media-type";
      case 428 -> "precondition-required";
      case 429 -> "too-many-requests";
      default -> "bad-request";
    };
  }
}
