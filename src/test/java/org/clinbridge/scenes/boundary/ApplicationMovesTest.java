package org.clinbridge.scenes.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.scenes.boundary.ApplicationMoves.Move.*;

import org.clinbridge.scenes.entity.ApplicationStatus;
import org.clinbridge.scenes.entity.Participation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationMovesTest {
  @Test
  void theApplicantSubmitsADraftOrWithdrawsIt() {
    assertThat(ApplicationMoves.of(ApplicationStatus.DRAFT, null, true, false))
        .containsExactlyInAnyOrder(SUBMIT, WITHDRAW, MESSAGE);
  }

  @Test
  void theApplicantAnswersARequestForInformationByResubmitting() {
    assertThat(ApplicationMoves.of(ApplicationStatus.MORE_INFO_REQUESTED, null, true, false))
        .containsExactlyInAnyOrder(RESUBMIT, WITHDRAW, MESSAGE);
  }

  @Test
  void theHospitalAsksForMoreOrReviewsASubmittedApplication() {
    assertThat(ApplicationMoves.of(ApplicationStatus.SUBMITTED, null, false, true))
        .containsExactlyInAnyOrder(REQUEST_INFO, REVIEW, MESSAGE);
    assertThat(ApplicationMoves.of(ApplicationStatus.SUBMITTED, null, true, false))
        .containsExactlyInAnyOrder(WITHDRAW, MESSAGE);
  }

  @Test
  void theHospitalDecidesUnderReviewAndTheApplicantMayStillWithdraw() {
    assertThat(ApplicationMoves.of(ApplicationStatus.UNDER_REVIEW, null, false, true))
        .containsExactlyInAnyOrder(ACCEPT, ACCEPT_WITH_CONDITIONS, REJECT, MESSAGE);
    assertThat(ApplicationMoves.of(ApplicationStatus.UNDER_REVIEW, null, true, false))
        .containsExactlyInAnyOrder(WITHDRAW, MESSAGE);
  }

  @Test
  void afterAcceptanceOnlyTheHospitalMovesTheParticipation() {
    assertThat(ApplicationMoves.of(ApplicationStatus.ACCEPTED, Participation.ON_SCENE, false, true))
        .containsExactlyInAnyOrder(FOLLOW_UP, LEAVE_SCENE, MESSAGE);
    assertThat(
            ApplicationMoves.of(
                ApplicationStatus.ACCEPTED_WITH_CONDITIONS, Participation.FOLLOW_UP, false, true))
        .containsExactlyInAnyOrder(OFF_SCENE, LEAVE_SCENE, MESSAGE);
    assertThat(
            ApplicationMoves.of(ApplicationStatus.ACCEPTED, Participation.OFF_SCENE, false, true))
        .containsExactly(MESSAGE);
    assertThat(ApplicationMoves.of(ApplicationStatus.ACCEPTED, Participation.ON_SCENE, true, false))
        .containsExactly(MESSAGE);
  }

  @ParameterizedTest
  @EnumSource(ApplicationStatus.class)
  void someoneOnNeitherSideOnlyReads(ApplicationStatus status) {
    assertThat(ApplicationMoves.of(status, null, false, false)).isEmpty();
  }

  @Test
  void aRejectedApplicationOnlyTakesMessagesAndAWithdrawnOneNothing() {
    assertThat(ApplicationMoves.of(ApplicationStatus.REJECTED, null, true, false))
        .containsExactly(MESSAGE);
    assertThat(ApplicationMoves.of(ApplicationStatus.REJECTED, null, false, true))
        .containsExactly(MESSAGE);
    assertThat(ApplicationMoves.of(ApplicationStatus.WITHDRAWN, null, true, false)).isEmpty();
    assertThat(ApplicationMoves.of(ApplicationStatus.WITHDRAWN, null, false, true)).isEmpty();
  }
}
