package org.clinbridge.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.web.RequestId;

/** Builds RFC 9457 responses; the single place that knows their shape. */
public final class ProblemResponses {
  private ProblemResponses() {}

  public static Problem problem(
      Locale locale,
      int status,
      String slug,
      String detailKey,
      Object[] args,
      List<Violation> violations,
      String instance,
      String incidentId) {
    Messages messages = Messages.problems(locale);
    String title = messages.text(slug + ".title");
    String detail = detailKey == null ? null : messages.text(detailKey, args);
    return new Problem(
        Problem.TYPE_PREFIX + slug,
        title,
        status,
        detail,
        instance,
        RequestId.current(),
        incidentId,
        violations == null || violations.isEmpty() ? null : violations);
  }

  public static Response response(Problem problem, Locale locale) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .language(Messages.supported(locale))
        .entity(problem)
        .build();
  }

  public static Response response(
      Locale locale,
      int status,
      String slug,
      String detailKey,
      Object[] args,
      List<Violation> violations,
      String instance) {
    Response.ResponseBuilder b =
        Response.status(status)
            .type(Problem.MEDIA_TYPE)
            .language(Messages.supported(locale))
            .entity(problem(locale, status, slug, detailKey, args, violations, instance, null));
    return b.build();
  }
}
