package org.clinbridge.platform.web;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.pages.ErrorPage;
import org.clinbridge.platform.pages.Shell;
import org.clinbridge.platform.problem.Problem;
import org.clinbridge.platform.problem.ProblemResponses;
import org.primefaces.csp.CspException;

/**
 * Error page for everything the container answers outside JAX-RS (an unknown path outside {@code
 * /api}, a servlet failure): the same problem+json as the API, never the server's HTML page with
 * its version and stack trace. Declared as the error page in web.xml.
 *
 * <p>Web pages (paths under {@code /app/}) are for people, not programs: a page that needs sign-in
 * sends the browser to the sign-in page, and any other failure shows the friendly error page in the
 * session's language, with the incident id for a failure on our side.
 */
@WebServlet(name = "errors", urlPatterns = "/error")
public class ErrorServlet extends HttpServlet {
  private static final String PAGES = "/app/";

  private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());
  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String instance = uri == null ? null : uri.toString();
    Locale locale = AcceptLanguage.preferred(req.getHeader(AcceptLanguage.HEADER));
    String incident = null;
    String slug;
    Throwable failure = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    boolean page = isPage(req, instance);
    if (page && status == 401) {
      toSignIn(req, res, instance);
      return;
    }
    if (page && expired(failure)) {
      req.setAttribute(ErrorPage.RETRY, instance);
      showPage(req, res, 400, "expired", null);
      return;
    }
    if (status >= 500) {
      incident = UUID.randomUUID().toString();
      String id = incident;
      LOG.log(Level.SEVERE, failure, () -> "Incident " + id + " at " + instance);
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
    if (page) {
      showPage(req, res, status, slug, incident);
      return;
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
    if (status == 401 && res.getHeader("WWW-Authenticate") == null) {
      res.setHeader("WWW-Authenticate", "Bearer realm=\"clinbridge\"");
    }
    res.setContentType(Problem.MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    res.setLocale(Messages.supported(locale));
    res.getWriter().write(JSONB.toJson(problem));
  }

  /** A request for a web page (not the API, health or anything else a program calls). */
  private static boolean isPage(HttpServletRequest req, String uri) {
    if (uri == null) {
      return false;
    }
    String path = uri.substring(Math.min(uri.length(), req.getContextPath().length()));
    return path.startsWith(PAGES);
  }

  /**
   * A postback whose page state is gone: the session ended, or the form was not ours (CSRF): no
   * view state we hold, or not the nonce the page was given (PrimeFaces' CSP mode checks it).
   */
  private static boolean expired(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException
          || t instanceof ProtectedViewException
          || t instanceof CspException) {
        return true;
      }
    }
    return false;
  }

  private static void toSignIn(HttpServletRequest req, HttpServletResponse res, String uri)
      throws IOException {
    String path = uri.substring(Math.min(uri.length(), req.getContextPath().length()));
    String target = req.getContextPath() + Shell.SIGN_IN;
    if (!path.equals(Shell.SIGN_IN) && "GET".equals(req.getMethod())) {
      target += "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
    res.resetBuffer();
    res.sendRedirect(target);
  }

  /**
   * The failed request as the error page sees it: without the form's view state and script nonce,
   * so that Faces renders the error page as a new view instead of a postback of the failed form
   * (whose broken state or nonce would fail the error page too).
   */
  private static final class FreshView extends HttpServletRequestWrapper {
    private static final Set<String> HIDDEN = Set.of("jakarta.faces.ViewState", "primefaces.nonce");

    FreshView(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return HIDDEN.contains(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return HIDDEN.contains(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> all = new LinkedHashMap<>(super.getParameterMap());
      all.keySet().removeAll(HIDDEN);
      return Collections.unmodifiableMap(all);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }

  private static void showPage(
      HttpServletRequest req, HttpServletResponse res, int status, String kind, String incident)
      throws IOException {
    req.setAttribute(ErrorPage.KIND, kind);
    if (incident != null) {
      req.setAttribute(ErrorPage.INCIDENT, incident);
    }
    res.resetBuffer();
    res.setStatus(status);
    try {
      req.getRequestDispatcher(ErrorPage.PATH).forward(new FreshView(req), res);
    } catch (ServletException | RuntimeException e) {
      // The error page itself failed: the bare status is still the right answer.
      LOG.log(Level.SEVERE, "The error page failed", e);
      if (!res.isCommitted()) {
        res.sendError(status);
      }
    }
  }
}
