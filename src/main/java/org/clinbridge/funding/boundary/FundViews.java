package org.clinbridge.funding.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinbridge.funding.control.LedgerEntries;
import org.clinbridge.funding.entity.FundPool;
import org.clinbridge.funding.entity.Grant;
import org.clinbridge.funding.entity.LedgerMovement;
import org.clinbridge.funding.entity.PoolStatement;
import org.clinbridge.funding.entity.Tranche;
import org.clinbridge.funding.entity.TrancheStatus;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.projects.entity.ReviewDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fund's records on the wire. */
public final class FundViews {
  private FundViews() {}

  @Schema(name = "FundPool")
  public record PoolView(
      UUID id,
      Bilingual name,
      LocalDate periodStart,
      LocalDate periodEnd,
      StatementView statement,
      long version) {
    static PoolView of(FundPool p, PoolStatement s) {
      return new PoolView(
          p.publicId(),
          p.name().view(),
          p.periodStart(),
          p.periodEnd(),
          StatementView.of(s),
          p.version());
    }
  }

  @Schema(
      name = "PoolStatement",
      description = "free = total - committed; outstanding = committed - released")
  public record StatementView(
      BigDecimal total,
      BigDecimal committed,
      BigDecimal released,
      BigDecimal free,
      BigDecimal outstanding,
      long grants) {
    static StatementView of(PoolStatement s) {
      return new StatementView(
          s.total(), s.committed(), s.released(), s.free(), s.outstanding(), s.grants());
    }
  }

  @Schema(name = "Grant")
  public record GrantView(
      UUID id,
      Ref pool,
      ProjectRef project,
      BigDecimal amount,
      BigDecimal released,
      LocalDate awardedOn,
      String awardedBy,
      List<TrancheView> tranches) {
    static GrantView of(Grant g) {
      return new GrantView(
          g.publicId(),
          new Ref(g.pool().publicId(), g.pool().name().view()),
          new ProjectRef(g.project().publicId(), g.project().code(), g.project().title().view()),
          g.amount(),
          g.releasedAmount(),
          g.awardedOn(),
          g.awardedBy() == null ? null : g.awardedBy().name(),
          g.tranches().stream().map(TrancheView::of).toList());
    }
  }

  @Schema(name = "FundPoolRef")
  public record Ref(UUID id, Bilingual name) {}

  @Schema(name = "GrantProjectRef")
  public record ProjectRef(UUID id, String code, Bilingual title) {}

  @Schema(name = "Tranche")
  public record TrancheView(
      UUID id,
      int seq,
      MilestoneRef milestone,
      BigDecimal amount,
      TrancheStatus status,
      LocalDate releasedOn,
      String releasedBy) {
    static TrancheView of(Tranche t) {
      var m = t.milestone();
      return new TrancheView(
          t.publicId(),
          t.seq(),
          new MilestoneRef(m.publicId(), m.title().view(), m.dueOn(), m.latestDecision()),
          t.amount(),
          t.status(),
          t.releasedOn(),
          t.releasedBy() == null ? null : t.releasedBy().name());
    }
  }

  @Schema(name = "TrancheMilestone")
  public record MilestoneRef(
      UUID id, Bilingual title, LocalDate dueOn, ReviewDecision latestDecision) {}

  @Schema(
      name = "LedgerEntry",
      description =
          "One movement of a pool's money; grant, project and tranche are absent for the pool's"
              + " opening (whose amount is the total)")
  public record LedgerEntryView(
      long sequence,
      OffsetDateTime at,
      LedgerMovement movement,
      UUID grant,
      ProjectRef project,
      Integer tranche,
      BigDecimal amount,
      String by) {
    static LedgerEntryView of(LedgerEntries.Entry e) {
      var g = e.grant();
      return new LedgerEntryView(
          e.sequence(),
          e.at(),
          e.movement(),
          g == null ? null : g.publicId(),
          g == null
              ? null
              : new ProjectRef(
                  g.project().publicId(), g.project().code(), g.project().title().view()),
          e.tranche(),
          e.amount(),
          e.by());
    }
  }
}
