package org.clinbridge.ip.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinbridge.ip.entity.PatentTest.NOW;

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

class MatchingTest {
  private static final Actor CENTRE = new Actor(UUID.randomUUID(), "ip.centre");

  /** Rows: from; columns: to, in declaration order. */
  private static final boolean[][] ALLOWED = {
    // LISTED INTEREST INTRODUCED NEGOTIATION LICENSED DECLINED
    {false, true, false, false, false, false},
    {false, false, true, false, false, true},
    {false, false, false, true, false, true},
    {false, false, false, false, true, true},
    {false, false, false, false, false, false},
    {false, false, false, false, false, false}
  };

  private final Organisation university =
      new Organisation(
          OrganisationKind.UNIVERSITY, new BilingualText("大学", "Uni"), "91500106MA5U8G7X26", NOW);
  private final Organisation company =
      new Organisation(
          OrganisationKind.START_UP, new BilingualText("公司", "Co"), "91500106MA5U8G7X39", NOW);
  private final TechnologyListing listing = listing(university);

  private static TechnologyListing listing(Organisation owner) {
    Project p =
        Project.register(
                "P-2026-000077",
                owner,
                new ProjectDetails(
                    new BilingualText("题", "T"),
                    new BilingualText("摘", "S"),
                    ProjectCategory.MEDICAL_DEVICE,
                    null,
                    null,
                    null),
                4,
                null,
                CENTRE,
                NOW,
                NOW.toLocalDate())
            .project();
    return new TechnologyListing(
        p,
        new BilingualText("可转让技术", "Technology"),
        new BilingualText("简介", "Summary"),
        CENTRE,
        NOW);
  }

  private ListingInterest in(MatchState state) {
    ListingInterest i = listing.expressInterest(company, "we make patches", CENTRE, NOW);
    if (state.ordinal() >= MatchState.INTRODUCED.ordinal() && state != MatchState.DECLINED) {
      i.introduce(NOW);
    }
    if (state.ordinal() >= MatchState.IN_NEGOTIATION.ordinal() && state != MatchState.DECLINED) {
      i.negotiate(NOW);
    }
    if (state == MatchState.LICENSED) {
      i.license(NOW);
    }
    if (state == MatchState.DECLINED) {
      i.decline(DeclineReason.TOO_EARLY, null, NOW);
    }
    return i;
  }

  @Test
  void theStateTableIsTheWorkflow() {
    for (MatchState from : MatchState.values()) {
      for (MatchState to : MatchState.values()) {
        assertThat(from.canChangeTo(to))
            .as(from + " -> " + to)
            .isEqualTo(ALLOWED[from.ordinal()][to.ordinal()]);
      }
    }
  }

  @Test
  void everyStepFromEveryStateOfAnInterest() {
    for (MatchState from : MatchState.values()) {
      if (from == MatchState.LISTED) {
        continue; // a listing's state, never an interest's
      }
      for (MatchState to :
          List.of(
              MatchState.INTRODUCED,
              MatchState.IN_NEGOTIATION,
              MatchState.LICENSED,
              MatchState.DECLINED)) {
        ListingInterest i = in(from);
        Runnable step =
            switch (to) {
              case INTRODUCED -> () -> i.introduce(NOW);
              case IN_NEGOTIATION -> () -> i.negotiate(NOW);
              case LICENSED -> () -> i.license(NOW);
              default -> () -> i.decline(DeclineReason.BENEFIT_UNCLEAR, null, NOW);
            };
        if (from.canChangeTo(to)) {
          step.run();
          assertThat(i.state()).isEqualTo(to);
        } else {
          assertThatThrownBy(step::run)
              .as(from + " -> " + to)
              .isInstanceOf(MatchRefused.class)
              .satisfies(ProblemTexts::readable);
          assertThat(i.state()).isEqualTo(from);
        }
      }
    }
  }

  @Test
  void declineNeedsACodeAndOtherNeedsANote() {
    ListingInterest i = in(MatchState.INTRODUCED);
    assertThatThrownBy(() -> i.decline(null, "x", NOW))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    assertThatThrownBy(() -> i.decline(DeclineReason.OTHER, " ", NOW))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    i.decline(DeclineReason.OTHER, "price", NOW);
    assertThat(i.declineReason()).isEqualTo(DeclineReason.OTHER);
    assertThat(i.declineNote()).isEqualTo("price");
  }

  @Test
  void theOwnerCannotBeInterestedInItsOwnListingNorAnyoneInAWithdrawnOne() {
    assertThatThrownBy(() -> listing.expressInterest(university, null, CENTRE, NOW))
        .isInstanceOf(MatchRefused.class)
        .satisfies(ProblemTexts::readable);
    listing.withdraw();
    assertThatThrownBy(() -> listing.expressInterest(company, null, CENTRE, NOW))
        .isInstanceOf(MatchRefused.class);
  }

  @Test
  void aListingShowsTheFurthestLiveInterest() {
    assertThat(TechnologyListing.stateOf(List.of())).isEqualTo(MatchState.LISTED);
    ListingInterest a = in(MatchState.INTRODUCED);
    ListingInterest b = in(MatchState.DECLINED);
    assertThat(TechnologyListing.stateOf(List.of(a, b))).isEqualTo(MatchState.INTRODUCED);
    assertThat(TechnologyListing.stateOf(List.of(b))).isEqualTo(MatchState.DECLINED);
    ListingInterest c = in(MatchState.LICENSED);
    assertThat(TechnologyListing.stateOf(List.of(a, b, c))).isEqualTo(MatchState.LICENSED);
  }
}
