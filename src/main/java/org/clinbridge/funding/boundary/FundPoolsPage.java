package org.clinbridge.funding.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinbridge.funding.entity.FundPool;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.control.ProjectAccess;

/**
 * The fund pages: every pool with its statement (committed, released, free), one pool's grants and
 * its ledger, and the dialog that opens a pool. District administrators and technology managers
 * read the fund, as in the API; only district administrators open pools (the API's rule), through
 * the same use case. The read guard is the page's own, since the API's role filter does not run for
 * pages.
 */
@Named("fundPools")
@ViewScoped
public class FundPoolsPage implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FundPoolsResource pools;
  @Inject Caller caller;
  @Inject DistrictClock clock;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String id;
  private transient List<FundViews.LedgerEntryView> ledgerEntries;

  private String nameZh;
  private String nameEn;
  private BigDecimal total;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  // Read again on each request rather than kept in the view state.
  private transient List<FundViews.PoolView> all;
  private transient FundViews.PoolView pool;
  private transient List<FundViews.GrantView> grants;

  private void requireReader() {
    if (!caller.has(Role.DISTRICT_ADMIN) && !caller.has(Role.TECH_MANAGER)) {
      throw ProjectAccess.forbidden();
    }
  }

  /** Runs before a fund page renders: 403 or 404 as the API would answer, on the error page. */
  public void check(boolean onePool) {
    try {
      if (onePool) {
        getPool();
      } else {
        getPools();
      }
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  public List<FundViews.PoolView> getPools() {
    if (all == null) {
      requireReader();
      all = pools.list(200, null).items();
    }
    return all;
  }

  public FundViews.PoolView getPool() {
    if (pool == null) {
      requireReader();
      pool = pools.read(uuid());
    }
    return pool;
  }

  public List<FundViews.GrantView> getGrants() {
    if (grants == null) {
      requireReader();
      grants = pools.grants(uuid(), 200, null).items();
    }
    return grants;
  }

  /** The pool's movements, oldest first, as the API's ledger lists them to the caller. */
  public List<FundViews.LedgerEntryView> getLedger() {
    if (ledgerEntries == null) {
      requireReader();
      ledgerEntries = pools.ledger(uuid()).items();
    }
    return ledgerEntries;
  }

  /** District administrators open pools (the API's rule); managers only read. */
  public boolean isOpening() {
    return caller.isDistrictAdmin();
  }

  /** Opens the new-pool dialog empty, for a year from today. */
  public void prepareCreate() {
    nameZh = null;
    nameEn = null;
    total = null;
    periodStart = clock.today();
    periodEnd = periodStart.plusYears(1).minusDays(1);
  }

  public String create() {
    FundPool opened;
    try {
      opened =
          pools.openPool(
              Violations.valid(
                  new FundForms.NewPoolForm(
                      new Bilingual(nameZh, nameEn), total, periodStart, periodEnd)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("pool-form", e);
    }
    messages.info(texts.text("fund.pool-opened"));
    return "/app/fund-pool?faces-redirect=true&id=" + opened.publicId();
  }

  private UUID uuid() {
    try {
      return UUID.fromString(id);
    } catch (RuntimeException e) {
      throw ProblemException.notFound("fund-pool", id);
    }
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public void setTotal(BigDecimal total) {
    this.total = total;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
