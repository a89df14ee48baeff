package org.clinbridge.funding.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.entity.Actor;
import org.clinbridge.projects.entity.Milestone;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.projects.entity.ProjectDetails;
import org.clinbridge.projects.entity.ReviewDecision;
import org.clinbridge.reference.entity.DeviceClass;

class GrantTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 6, 1, 8, 0, 0, 0, ZoneOffset.UTC);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin");

  private final FundPool pool =
      new FundPool(
          new BilingualText("概念验证资金池", "PoC pool"),
          new BigDecimal("20000000"),
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 12, 31),
          NOW);
  private final Project project = project();
  private final Milestone m1 = milestone(project, "原型", "Prototype");
  private final Milestone m2 = milestone(project, "动物实验", "Animal study");

  private static Project project() {
    Organisation owner =
        new Organisation(
            OrganisationKind.START_UP, new BilingualText("甲", "A"), "91500106MA5U8G7X26", NOW);
    return Project.register(
            "P-2026-000001",
            owner,
            new ProjectDetails(
                new BilingualText("题", "T"),
                new BilingualText("摘", "S"),
                ProjectCategory.MEDICAL_DEVICE,
                "07",
                DeviceClass.II,
                null),
            3,
            null,
            ADMIN,
            NOW,
            NOW.toLocalDate())
        .project();
  }

  private static Milestone milestone(Project p, String zh, String en) {
    return p.planMilestone(new BilingualText(zh, en), TODAY, TODAY.plusMonths(3), "Dr. Wang", NOW);
  }

  @org.junit.jupiter.api.Test
  void aGrantIsTheSumOfItsTranches() {
    Grant g =
        Grant.award(
            pool,
            project,
            List.of(
                new TranchePlan(m1, new BigDecimal("300000.00")),
                new TranchePlan(m2, new BigDecimal("200000.5"))),
            TODAY,
            ADMIN,
            NOW);
    assertThat(g.amount()).isEqualTo(new BigDecimal("500000.50"));
    assertThat(g.tranches()).extracting(Tranche::seq).containsExactly(1, 2);
    assertThat(g.tranches()).allMatch(t -> t.status() == TrancheStatus.PLANNED);
    assertThat(g.releasedAmount()).isEqualTo(new BigDecimal("0.00"));
  }

  @org.junit.jupiter.api.Test
  void tranchesMustBeForDistinctLiveMilestonesOfTheSameProjectAndPositive() {
    Milestone other = milestone(project(), "别的", "Other");
    Milestone cancelled = milestone(project, "取消", "Cancelled");
    cancelled.cancel("dropped");
    for (List<TranchePlan> bad :
        List.of(
            List.<TranchePlan>of(),
            List.of(new TranchePlan(other, BigDecimal.TEN)),
            List.of(new TranchePlan(cancelled, BigDecimal.TEN)),
            List.of(new TranchePlan(m1, BigDecimal.TEN), new TranchePlan(m1, BigDecimal.ONE)),
            List.of(new TranchePlan(m1, BigDecimal.ZERO)),
            List.of(new TranchePlan(m1, new BigDecimal("0.001"))))) {
      assertThatThrownBy(() -> Grant.award(pool, project, bad, TODAY, ADMIN, NOW))
          .isInstanceOf(ProblemException.InvalidFieldException.class);
    }
  }

  @org.junit.jupiter.api.Test
  void grantsAreAwardedOnlyWithinThePoolsPeriod() {
    List<TranchePlan> plan = List.of(new TranchePlan(m1, BigDecimal.TEN));
    assertThatThrownBy(() -> Grant.award(pool, project, plan, LocalDate.of(2027, 1, 1), ADMIN, NOW))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(readable(e).slug()).isEqualTo("fund-pool-closed"));
    assertThat(Grant.award(pool, project, plan, LocalDate.of(2026, 12, 31), ADMIN, NOW))
        .isNotNull();
  }

  @org.junit.jupiter.api.Test
  void aTrancheIsReleasedOnceAndOnlyAfterAGoAtItsMilestone() {
    Grant g =
        Grant.award(
            pool, project, List.of(new TranchePlan(m1, new BigDecimal("1000"))), TODAY, ADMIN, NOW);
    Tranche t = g.tranches().get(0);
    assertThatThrownBy(() -> t.release(TODAY, ADMIN))
        .isInstanceOfSatisfying(
            TrancheRefused.class,
            e -> assertThat(readable(e).detailKey()).isEqualTo("tranche-refused.detail.no-review"));
    m1.review(ReviewDecision.NO_GO, "not reached", TODAY, ADMIN, NOW, NOW.toLocalDate());
    assertThatThrownBy(() -> t.release(TODAY, ADMIN))
        .isInstanceOfSatisfying(
            TrancheRefused.class,
            e -> assertThat(readable(e).detailKey()).isEqualTo("tranche-refused.detail.no-go"));
    m1.reach(TODAY, "prototype report", TODAY);
    m1.review(
        ReviewDecision.GO_WITH_CONDITIONS,
        "submit test data",
        TODAY,
        ADMIN,
        NOW,
        NOW.toLocalDate());
    t.release(TODAY, ADMIN);
    assertThat(t.status()).isEqualTo(TrancheStatus.RELEASED);
    assertThat(g.releasedAmount()).isEqualTo(new BigDecimal("1000.00"));
    assertThatThrownBy(() -> t.release(TODAY, ADMIN))
        .isInstanceOfSatisfying(
            TrancheRefused.class,
            e -> assertThat(readable(e).detailKey()).isEqualTo("tranche-refused.detail.released"));
  }

  @org.junit.jupiter.api.Test
  void aPoolNeedsAPositiveTotalAndASanePeriod() {
    BilingualText n = new BilingualText("池", "Pool");
    assertThatThrownBy(() -> new FundPool(n, BigDecimal.ZERO, TODAY, TODAY.plusDays(1), NOW))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThatThrownBy(() -> new FundPool(n, BigDecimal.TEN, TODAY, TODAY.minusDays(1), NOW))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    FundPool p = new FundPool(n, new BigDecimal("100"), TODAY, TODAY, NOW);
    assertThat(p.openOn(TODAY)).isTrue();
    assertThat(p.openOn(TODAY.plusDays(1))).isFalse();
    assertThat(p.committed()).isEqualTo(new BigDecimal("0.00"));
  }

  @org.junit.jupiter.api.Test
  void anExhaustedPoolSaysWhatWasAskedAndWhatIsFree() {
    PoolExhausted e =
        readable(new PoolExhausted(pool, new BigDecimal("1234567.80"), new BigDecimal("5.00")));
    assertThat(
            org.clinbridge.platform.i18n.Messages.problems(java.util.Locale.ENGLISH)
                .text(e.detailKey(), e.args()))
        .contains("1,234,567.80")
        .contains("5.00")
        .contains("PoC pool");
    assertThat(
            org.clinbridge.platform.i18n.Messages.problems(java.util.Locale.CHINA)
                .text(e.detailKey(), e.args()))
        .contains("概念验证资金池");
  }

  private static <E extends ProblemException> E readable(E e) {
    org.clinbridge.testing.ProblemTexts.readable(e);
    return e;
  }

  @org.junit.jupiter.api.Test
  void theStatementShowsFreeAndOutstandingMoney() {
    PoolStatement s =
        PoolStatement.of(
            new BigDecimal("100.00"), new BigDecimal("60.00"), new BigDecimal("25.00"), 3);
    assertThat(s.free()).isEqualTo(new BigDecimal("40.00"));
    assertThat(s.outstanding()).isEqualTo(new BigDecimal("35.00"));
  }
}
