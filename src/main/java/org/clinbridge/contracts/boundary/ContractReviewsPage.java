package org.clinbridge.contracts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.security.Caller;

/**
 * The registration office's queue (app/contract-reviews.xhtml): contracts under review, the
 * decision due soonest first and overdue ones marked, then those submitted and waiting for the
 * review to start. District administrators only, as the registry API.
 */
@Named("contractReviewsPage")
@ViewScoped
public class ContractReviewsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** More than the office has open at once; the registry API pages through every contract. */
  static final int SHOWN = 500;

  @Inject ContractsResource contracts;
  @Inject Caller caller;

  private transient ContractsResource.ReviewQueue queue;

  public void load() {
    Pages.require(caller.isDistrictAdmin());
  }

  public ContractsResource.ReviewQueue getQueue() {
    if (queue == null) {
      queue = contracts.reviewQueue(SHOWN);
    }
    return queue;
  }
}
