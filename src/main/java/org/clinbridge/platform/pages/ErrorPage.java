package org.clinbridge.platform.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;

/**
 * What the friendly error page says. {@link org.clinbridge.platform.web.ErrorServlet} forwards a
 * failed page request here with the kind of failure and, for a failure on our side, the incident id
 * that is also in the log. Opened directly, the page shows the general text.
 */
@Named
@RequestScoped
public class ErrorPage {
  public static final String KIND = "clinbridge.error.kind";
  public static final String INCIDENT = "clinbridge.error.incident";
  public static final String RETRY = "clinbridge.error.retry";
  public static final String PATH = "/app/error.xhtml";

  /** One of not-found, forbidden, expired, internal, bad-request; keys error.KIND.title/detail. */
  public String getKind() {
    Object kind = attributes().get(KIND);
    return kind == null ? "bad-request" : kind.toString();
  }

  /** The kind of failure a page answers with {@code status} (see {@link Pages#fail(int)}). */
  public static String kindOf(int status) {
    return switch (status) {
      case 403 -> "forbidden";
      case 404 -> "not-found";
      default -> status >= 500 ? "internal" : "bad-request";
    };
  }

  public String getIncident() {
    Object incident = attributes().get(INCIDENT);
    return incident == null ? null : incident.toString();
  }

  /** For an expired page: the address to open it afresh. */
  public String getRetry() {
    Object retry = attributes().get(RETRY);
    return retry == null ? null : retry.toString();
  }

  private static Map<String, Object> attributes() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
  }
}
