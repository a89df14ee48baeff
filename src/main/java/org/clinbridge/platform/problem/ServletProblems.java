package org.clinbridge.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.Messages;

/**
 * Writes a problem+json answer straight onto a servlet response, for code that runs before JAX-RS
 * (the authentication mechanism). Same body as {@link ProblemResponses} gives inside JAX-RS.
 */
public final class ServletProblems {
  private static final Jsonb JSONB = JsonbBuilder.create();

  private ServletProblems() {}

  public static void write(
      HttpServletRequest req,
      HttpServletResponse res,
      int status,
      String slug,
      String detailKey,
      Map<String, String> headers,
      Object... args) {
    Locale locale = AcceptLanguage.preferred(req.getHeader(AcceptLanguage.HEADER));
    Problem problem =
        ProblemResponses.problem(
            locale, status, slug, detailKey, args, List.of(), req.getRequestURI(), null);
    res.setStatus(status);
    headers.forEach(res::setHeader);
    res.setContentType(Problem.MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    res.setLocale(Messages.supported(locale));
    try {
      res.getWriter().write(JSONB.toJson(problem));
      res.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
