package org.clinbridge.funding.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.boundary.MilestoneView;
import org.clinbridge.projects.boundary.ProjectPage;
import org.clinbridge.projects.entity.MilestoneStatus;

/**
 * The grants tab of the project page: the project's grants with their tranches, as the API lists
 * them, and the district administrator's two decisions on them: awarding a grant from a pool open
 * today, one tranche per milestone given an amount, and releasing a tranche after a go at its
 * milestone. Both call the API's use cases, so the same rules and problems apply; the milestone's
 * review stays the project page's dialog, opened from here too.
 */
@Named("projectGrants")
@ViewScoped
public class ProjectGrantsTab implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProjectPage page;
  @Inject ProjectGrantsResource grants;
  @Inject FundPoolsResource pools;
  @Inject GrantsResource grant;
  @Inject Caller caller;
  @Inject DistrictClock clock;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private transient List<FundViews.GrantView> rows;

  /** A pool the award dialog offers, kept in the view state while the dialog is open. */
  public record PoolOption(String id, String nameZh, String nameEn, BigDecimal free)
      implements Serializable {}

  /** A milestone of the project and the amount typed for it in the award dialog. */
  public static class TrancheRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String milestoneId;
    private final String titleZh;
    private final String titleEn;
    private final LocalDate dueOn;
    private BigDecimal amount;

    TrancheRow(MilestoneView m) {
      this.milestoneId = m.id().toString();
      this.titleZh = m.title().zh();
      this.titleEn = m.title().en();
      this.dueOn = m.dueOn();
    }

    public String getMilestoneId() {
      return milestoneId;
    }

    public String getTitleZh() {
      return titleZh;
    }

    public String getTitleEn() {
      return titleEn;
    }

    public LocalDate getDueOn() {
      return dueOn;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  private List<PoolOption> poolOptions = List.of();
  private String poolId;
  private List<TrancheRow> trancheRows = new ArrayList<>();

  public List<FundViews.GrantView> getGrants() {
    if (rows == null) {
      rows = grants.list(project(), 200, null).items();
    }
    return rows;
  }

  private UUID project() {
    return UUID.fromString(page.getId());
  }

  /** Only district administrators award grants and release tranches (the API's rule). */
  public boolean isFunding() {
    return caller.isDistrictAdmin();
  }

  /** A tranche may be released now: planned, and its milestone's latest review a go. */
  public boolean releasable(FundViews.TrancheView t) {
    return isFunding()
        && t.status() == org.clinbridge.funding.entity.TrancheStatus.PLANNED
        && t.milestone().latestDecision() != null
        && t.milestone().latestDecision().releasesFunds();
  }

  /**
   * Opens the award dialog: the pools open today with money free, and one row per milestone not
   * cancelled (a tranche cannot wait on a cancelled one).
   */
  public void prepareAward() {
    LocalDate today = clock.today();
    // Every pool, page after page: an old pool may still be open, and the newest come first.
    List<FundViews.PoolView> all = new ArrayList<>();
    String cursor = null;
    do {
      var slice = pools.list(200, cursor);
      all.addAll(slice.items());
      cursor = slice.next();
    } while (cursor != null);
    poolOptions =
        all.stream()
            .filter(p -> !today.isBefore(p.periodStart()) && !today.isAfter(p.periodEnd()))
            .filter(p -> p.statement().free().signum() > 0)
            .map(
                p ->
                    new PoolOption(
                        p.id().toString(), p.name().zh(), p.name().en(), p.statement().free()))
            .toList();
    poolId = poolOptions.isEmpty() ? null : poolOptions.get(0).id();
    trancheRows =
        new ArrayList<>(
            page.getMilestones().stream()
                .filter(m -> m.status() != MilestoneStatus.CANCELLED)
                .map(TrancheRow::new)
                .toList());
  }

  public String award() {
    if (poolId == null || poolId.isBlank()) {
      return messages.field("award-form", "pool", texts.text("grant.award-pool-required"));
    }
    List<FundForms.TrancheForm> tranches =
        trancheRows.stream()
            .filter(r -> r.amount != null)
            .map(r -> new FundForms.TrancheForm(UUID.fromString(r.milestoneId), r.amount))
            .toList();
    try {
      pools.awardGrant(
          UUID.fromString(poolId),
          Violations.valid(new FundForms.AwardForm(project(), null, tranches)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("award-form", e);
    }
    messages.info(texts.text("grant.awarded"));
    return back();
  }

  public String release(String grantId, String trancheId) {
    try {
      grant.release(UUID.fromString(grantId), UUID.fromString(trancheId));
    } catch (ProblemException e) {
      return messages.show("grants-form", e);
    }
    messages.info(texts.text("grant.tranche-released"));
    return back();
  }

  private String back() {
    return "/app/project?faces-redirect=true&id=" + project() + "&tab=grants";
  }

  public List<PoolOption> getPoolOptions() {
    return poolOptions;
  }

  public String getPoolId() {
    return poolId;
  }

  public void setPoolId(String poolId) {
    this.poolId = poolId;
  }

  public List<TrancheRow> getTrancheRows() {
    return trancheRows;
  }
}
