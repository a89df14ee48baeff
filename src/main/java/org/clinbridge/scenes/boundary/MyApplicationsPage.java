package org.clinbridge.scenes.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinbridge.platform.pages.KeysetDataModel;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;

/**
 * A start-up's own applications (app/applications.xhtml), newest first, in the API's keyset pages.
 * Start-up members only, as {@code GET /api/applications}.
 */
@Named("myApplications")
@ViewScoped
public class MyApplicationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ApplicationsResource applications;
  @Inject Caller caller;

  private final KeysetDataModel<ApplicationView> model =
      new KeysetDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ApplicationView> fetch(PageRequest request) {
          return applications.mine(request.limit(), request.cursor());
        }

        @Override
        protected String keyOf(ApplicationView row) {
          return row.id().toString();
        }
      };

  /** The page's guard ({@code f:viewAction}). */
  public void load() {
    Pages.require(caller.has(Role.START_UP_MEMBER));
  }

  public KeysetDataModel<ApplicationView> getModel() {
    return model;
  }
}
