package org.clinbridge.platform.pages;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * A posted view state the server cannot restore is a form we did not hand out (a forged or mangled
 * {@code jakarta.faces.ViewState}, Faces' {@code stateless} marker for a page that is not
 * stateless): the same "this form has expired" 400 as a state that timed out, never a 500. Faces
 * itself only says {@link ViewExpiredException} for a state id it no longer holds.
 */
public class UnrestorableViews extends ViewHandlerWrapper {
  public UnrestorableViews(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot restoreView(FacesContext context, String viewId) {
    try {
      return super.restoreView(context, viewId);
    } catch (ViewExpiredException e) {
      throw e;
    } catch (FacesException | IllegalArgumentException | IllegalStateException e) {
      if (!context.isPostback()) {
        throw e;
      }
      ViewExpiredException expired = new ViewExpiredException(viewId);
      expired.initCause(e);
      throw expired;
    }
  }
}
