package org.clinbridge.contracts.entity;

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
import org.clinbridge.projects.entity.Project;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.projects.entity.ProjectDetails;
import org.clinbridge.testing.ProblemTexts;
import org.junit.jupiter.api.Test;

class TechnologyContractTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 6, 1, 8, 0, 0, 0, ZoneOffset.UTC);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private static final List<ContractParty> PARTIES =
      List.of(
          new ContractParty(PartyRole.SELLER, "重庆医科大学", null),
          new ContractParty(PartyRole.BUYER, "心擎医疗", "91500106MA5U8G7X26"));

  /** Rows: from; columns: to, in declaration order. */
  // From (rows) to (columns), in the enum's order: DRAFT, SUBMITTED, UNDER_REVIEW, REGISTERED,
  // NOT_REGISTERED, RETURNED.
  private static final boolean[][] ALLOWED = {
    {false, true, false, false, false, false},
    {false, false, true, false, false, false},
    {false, false, false, true, true, true},
    {false, false, false, false, false, false},
    {false, false, false, false, false, false},
    {false, true, false, false, false, false}
  };

  static TechnologyContract contract() {
    Organisation owner =
        new Organisation(
            OrganisationKind.UNIVERSITY, new BilingualText("大学", "Uni"), "91500106MA5U8G7X26", NOW);
    Project p =
        Project.register(
                "P-2026-000009",
                owner,
                new ProjectDetails(
                    new BilingualText("题", "T"),
                    new BilingualText("摘", "S"),
                    ProjectCategory.IVD,
                    "22",
                    null,
                    null),
                2,
                null,
                new Actor(UUID.randomUUID(), "a"),
                NOW,
                NOW.toLocalDate())
            .project();
    return new TechnologyContract(
        p,
        ContractType.TRANSFER,
        new BilingualText("专利转让合同", "Patent transfer"),
        PARTIES,
        new BigDecimal("1500000"),
        TODAY.minusDays(3),
        NOW,
        TODAY);
  }

  static TechnologyContract in(ContractState state) {
    TechnologyContract c = contract();
    if (state == ContractState.DRAFT) {
      return c;
    }
    c.submit(TODAY);
    if (state == ContractState.SUBMITTED) {
      return c;
    }
    c.startReview(TODAY, 30);
    switch (state) {
      case REGISTERED -> c.register("2026500001000123", new BigDecimal("1200000"), TODAY);
      case NOT_REGISTERED -> c.refuse("not a technology contract", TODAY);
      case RETURNED -> c.sendBack("the buyer's credit code is missing", TODAY);
      default -> {}
    }
    return c;
  }

  @Test
  void theStateTableIsTheWorkflow() {
    for (ContractState from : ContractState.values()) {
      for (ContractState to : ContractState.values()) {
        assertThat(from.canChangeTo(to))
            .as(from + " -> " + to)
            .isEqualTo(ALLOWED[from.ordinal()][to.ordinal()]);
      }
    }
  }

  /** Every step tried from every state on a real contract. */
  @Test
  void everyStepFromEveryState() {
    for (ContractState from : ContractState.values()) {
      for (ContractState to : List.of(ContractState.values())) {
        if (to == ContractState.DRAFT) {
          continue;
        }
        TechnologyContract c = in(from);
        Runnable step =
            switch (to) {
              case SUBMITTED -> () -> c.submit(TODAY);
              case UNDER_REVIEW -> () -> c.startReview(TODAY, 30);
              case REGISTERED -> () -> c.register("NO-1", new BigDecimal("1"), TODAY);
              case NOT_REGISTERED -> () -> c.refuse("why", TODAY);
              case RETURNED -> () -> c.sendBack("why", TODAY);
              default -> throw new IllegalStateException();
            };
        if (from.canChangeTo(to)) {
          step.run();
          assertThat(c.state()).isEqualTo(to);
        } else {
          assertThatThrownBy(step::run)
              .as(from + " -> " + to)
              .isInstanceOf(ContractRefused.class)
              .satisfies(ProblemTexts::readable);
          assertThat(c.state()).isEqualTo(from);
        }
      }
    }
  }

  @Test
  void theReviewDeadlineIsCountedFromTheStartOfTheReview() {
    TechnologyContract c = in(ContractState.SUBMITTED);
    assertThat(c.reviewDaysLeft(TODAY)).isNull();
    c.startReview(TODAY, 30);
    assertThat(c.reviewDueOn()).isEqualTo(TODAY.plusDays(30));
    assertThat(c.reviewDaysLeft(TODAY.plusDays(10))).isEqualTo(20);
    assertThat(c.reviewOverdue(TODAY.plusDays(30))).isFalse();
    assertThat(c.reviewOverdue(TODAY.plusDays(31))).isTrue();
    assertThat(c.reviewDaysLeft(TODAY.plusDays(31))).isEqualTo(-1);
    c.register("2026500001000123", new BigDecimal("1500000.00"), TODAY.plusDays(31));
    assertThat(c.reviewOverdue(TODAY.plusDays(40))).isFalse();
    assertThat(c.certifiedIncome()).isEqualTo(new BigDecimal("1500000.00"));
  }

  @Test
  void registrationNeedsANumberAndAnIncomeWithinTheAmount() {
    TechnologyContract c = in(ContractState.UNDER_REVIEW);
    assertThatThrownBy(() -> c.register(" ", BigDecimal.ONE, TODAY))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThatThrownBy(() -> c.register("N", new BigDecimal("1500000.01"), TODAY))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThatThrownBy(() -> c.refuse("", TODAY))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThat(c.state()).isEqualTo(ContractState.UNDER_REVIEW);
  }

  @Test
  void aContractNeedsBothSidesAndIsEditedOnlyAsADraft() {
    TechnologyContract c = contract();
    assertThatThrownBy(
            () ->
                c.revise(
                    ContractType.LICENCE,
                    c.title(),
                    List.of(PARTIES.get(0)),
                    BigDecimal.TEN,
                    TODAY,
                    TODAY))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThatThrownBy(
            () ->
                c.revise(
                    ContractType.LICENCE,
                    c.title(),
                    PARTIES,
                    BigDecimal.TEN,
                    TODAY.plusDays(1),
                    TODAY))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    c.revise(ContractType.LICENCE, c.title(), PARTIES, BigDecimal.TEN, TODAY, TODAY);
    assertThat(c.type()).isEqualTo(ContractType.LICENCE);
    c.submit(TODAY);
    assertThatThrownBy(
            () -> c.revise(ContractType.SERVICE, c.title(), PARTIES, BigDecimal.TEN, TODAY, TODAY))
        .isInstanceOf(ContractRefused.class);
  }

  @Test
  void theSevenContractTypesOfTheBrief() {
    assertThat(ContractType.values())
        .extracting(Enum::name)
        .containsExactly(
            "DEVELOPMENT",
            "TRANSFER",
            "LICENCE",
            "CONSULTANCY",
            "SERVICE",
            "TRAINING",
            "INTERMEDIARY");
  }
}
