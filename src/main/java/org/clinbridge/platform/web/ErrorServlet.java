package org.clinbridge.platform.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.problem.Problem;
import org.clinbridge.platform.problem.ProblemResponses;

/**
 * Error page for everything the container answers outside JAX-RS (an unknown path outside {@code
 * /api}, a servlet failure): the same problem+json as the API, never the server's HTML page with
 * its version and stack trace. Declared as the error page in web.xml.
 */
@WebServlet(name = "errors", urlPatterns = "/error")
public class ErrorServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String instance = uri == null ? null : uri.toString();
    Locale locale = Messages.preferred(Collections.list(req.getLocales()));
    String incident = null;
    String slug;
    if (status >= 500) {
      incident = UUID.randomUUID().toString();
      Throwable t = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      String id = incident;
      LOG.log(Level.SEVERE, t, () -> "Incident " + id + " at " + instance);
      slug = "internal";
    } else {
      slug =
          switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            default -> "bad-request";
          };
    }
    Problem problem =
        ProblemResponses.problem(
            locale,
            status,
            slug,
            slug + ".detail",
            incident == null ? new Object[0] : new Object[] {incident},
            null,
            instance,
            incident);
    // The request-id filter has already finished for this error dispatch; its id is kept on
    // the request.
    Object requestId = req.getAttribute(RequestId.HEADER);
    if (problem.requestId() == null && requestId != null) {
      problem =
          new Problem(
              problem.type(),
              problem.title(),
              problem.status(),
              problem.detail(),
              problem.instance(),
              requestId.toString(),
              problem.incidentId(),
              problem.violations());
    }
    res.setStatus(status);
    res.setContentType(Problem.MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    res.setLocale(Messages.supported(locale));
    res.getWriter().write(JSONB.toJson(problem));
  }
}
