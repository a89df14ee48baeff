package org.clinbridge.platform.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.clinbridge.platform.problem.ProblemException;

/** What page beans share: refusing a page, and reading ids from the address. */
public final class Pages {
  private Pages() {}

  /**
   * Answers {@code status} with the friendly error page (404 not found, 403 not allowed). For a
   * page's {@code f:viewAction} guard and its actions. The error view is rendered in this same
   * request, so it keeps the menu and sign-out: the error servlet's dispatch no longer knows who is
   * signed in. Only while rendering (too late to change the view) or in an ajax request does it
   * fall back to the error servlet.
   */
  public static void fail(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
        && !faces.getPartialViewContext().isAjaxRequest()) {
      faces.getExternalContext().getRequestMap().put(ErrorPage.KIND, ErrorPage.kindOf(status));
      faces.getExternalContext().setResponseStatus(status);
      faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, ErrorPage.PATH));
      faces.renderResponse();
      return;
    }
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Sends the browser to another page of the application (a path under the context root). */
  public static void redirect(String path) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Refuses the page unless {@code allowed}; true when the page may go on. */
  public static boolean require(boolean allowed) {
    if (!allowed) {
      fail(403);
    }
    return allowed;
  }

  /** A problem met while loading a page (a record not found or not visible): its status. */
  public static void fail(ProblemException e) {
    fail(e.status());
  }

  /** The public id in a page address; a malformed one is a record that does not exist (404). */
  public static UUID id(String raw) {
    if (raw == null) {
      throw ProblemException.notFound("record", "");
    }
    try {
      return UUID.fromString(raw.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("record", raw);
    }
  }
}
