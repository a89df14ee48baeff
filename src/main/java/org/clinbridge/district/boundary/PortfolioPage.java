package org.clinbridge.district.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.time.DistrictClock;

/**
 * A technology manager's portfolio (app/portfolio.xhtml): what falls due next across the projects
 * they follow, overdue items first, until a day they choose (90 days ahead unless chosen). District
 * administrators see the whole district's. The API's use case.
 */
@Named("portfolioPage")
@ViewScoped
public class PortfolioPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DashboardResource dashboard;
  @Inject Caller caller;
  @Inject DistrictClock clock;

  private LocalDate until;
  private transient DashboardResource.PortfolioView shown;

  public void load() {
    if (Pages.require(caller.isDistrictAdmin() || caller.has(Role.TECH_MANAGER)) && until == null) {
      until = clock.today().plusDays(90);
    }
  }

  public DashboardResource.PortfolioView getPortfolio() {
    if (shown == null && until != null) {
      shown = dashboard.portfolio(until, null);
    }
    return shown;
  }

  public void show() {
    shown = null;
  }

  /** Whether the day has passed (in the district's calendar). */
  public boolean overdue(LocalDate due) {
    return due.isBefore(clock.today());
  }

  public String money(BigDecimal amount) {
    return amount == null ? "" : String.format("%,.2f", amount);
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }
}
