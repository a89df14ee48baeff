package org.clinbridge.licensing.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.time.DistrictClock;

/**
 * The certificates and filings of every project the caller sees (app/certificates.xhtml), the
 * renewal that falls due first at the top: for each its state today, its validity and its renewal
 * window (from the alert date to the last day to apply, six months before expiry). The API's use
 * case ({@code GET /api/certificates}), so the same visibility.
 */
@Named("certificatesPage")
@ViewScoped
public class CertificatesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A start-up holds a handful; a technology manager's portfolio a few hundred at most. */
  static final int LIMIT = 200;

  @Inject CertificatesResource certificates;
  @Inject DistrictClock clock;

  private transient List<LicenceViews.CertificateView> held;

  /** The page's loader ({@code f:viewAction}). */
  public void load() {
    try {
      held =
          certificates.list(null, null, false, LIMIT, null).items().stream()
              .sorted(
                  Comparator.comparing(
                      LicenceViews.CertificateView::renewalDeadline,
                      Comparator.nullsLast(Comparator.naturalOrder())))
              .toList();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  public List<LicenceViews.CertificateView> getCertificates() {
    return held == null ? List.of() : held;
  }

  /** Whether today lies in the certificate's renewal window: time to prepare the renewal. */
  public boolean inRenewalWindow(LicenceViews.CertificateView c) {
    return c.raisesAlerts()
        && c.alertOn() != null
        && c.daysToExpiry() != null
        && !c.alertOn().isAfter(clock.today());
  }
}
