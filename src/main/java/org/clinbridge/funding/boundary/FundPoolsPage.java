package org.clinbridge.funding.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.projects.control.ProjectAccess;

/**
 * The fund pages: every pool with its statement (committed, released, free) and one pool's grants.
 * District administrators and technology managers read the fund, as in the API; the page checks the
 * roles itself, since the API's role filter does not run for pages.
 */
@Named("fundPools")
@ViewScoped
public class FundPoolsPage implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FundPoolsResource pools;
  @Inject Caller caller;

  private String id;
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
      pool = (FundViews.PoolView) pools.get(uuid()).getEntity();
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

  private UUID uuid() {
    try {
      return UUID.fromString(id);
    } catch (RuntimeException e) {
      throw ProblemException.notFound("fund-pool", id);
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
