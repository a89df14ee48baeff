package org.clinbridge.ip.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinbridge.platform.pages.KeysetDataModel;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.security.Caller;

/**
 * The technology listings of the IP operation centre (app/listings.xhtml): newest first, over the
 * API's keyset pages, the withdrawn ones only when asked for. Every signed-in organisation reads
 * them, since being found is a listing's purpose.
 */
@Named("listingsPage")
@ViewScoped
public class ListingsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ListingsResource listings;
  @Inject Caller caller;

  private boolean withdrawn;

  private final KeysetDataModel<ListingView> model =
      new KeysetDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ListingView> fetch(PageRequest request) {
          return listings.list(withdrawn, request.limit(), request.cursor());
        }

        @Override
        protected String keyOf(ListingView row) {
          return row.id().toString();
        }
      };

  /** The page's guard ({@code f:viewAction}): anyone signed in with a role. */
  public void load() {
    Pages.require(caller.signedIn() && !caller.roles().isEmpty());
  }

  /** The filter changed: the table starts over. */
  public void filter() {
    model.reset();
  }

  public KeysetDataModel<ListingView> getModel() {
    return model;
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  public void setWithdrawn(boolean withdrawn) {
    this.withdrawn = withdrawn;
  }
}
