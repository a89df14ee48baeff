package org.clinbridge.scenes.boundary;

import java.util.EnumSet;
import java.util.Set;
import org.clinbridge.scenes.entity.ApplicationStatus;
import org.clinbridge.scenes.entity.Participation;

/**
 * Which buttons the application page offers: what the state machines allow right now, for the side
 * the caller is on. Only a hint for the page; the use case decides again, so a button shown on a
 * page that went stale meets the API's own refusal.
 */
public final class ApplicationMoves {
  private ApplicationMoves() {}

  /** The actions of the application page. */
  public enum Move {
    SUBMIT,
    RESUBMIT,
    WITHDRAW,
    REQUEST_INFO,
    REVIEW,
    ACCEPT,
    ACCEPT_WITH_CONDITIONS,
    REJECT,
    FOLLOW_UP,
    OFF_SCENE,
    LEAVE_SCENE,
    MESSAGE
  }

  /**
   * @param applicant the caller is a start-up member of the applying organisation
   * @param hospital the caller is staff of the scene's hospital
   */
  public static Set<Move> of(
      ApplicationStatus status, Participation participation, boolean applicant, boolean hospital) {
    Set<Move> moves = EnumSet.noneOf(Move.class);
    if (applicant) {
      if (status == ApplicationStatus.DRAFT) {
        moves.add(Move.SUBMIT);
      }
      if (status == ApplicationStatus.MORE_INFO_REQUESTED) {
        moves.add(Move.RESUBMIT);
      }
      if (status.canMoveTo(ApplicationStatus.WITHDRAWN)) {
        moves.add(Move.WITHDRAW);
      }
    }
    if (hospital) {
      if (status.canMoveTo(ApplicationStatus.MORE_INFO_REQUESTED)) {
        moves.add(Move.REQUEST_INFO);
      }
      if (status.canMoveTo(ApplicationStatus.UNDER_REVIEW)) {
        moves.add(Move.REVIEW);
      }
      if (status.canMoveTo(ApplicationStatus.ACCEPTED)) {
        moves.add(Move.ACCEPT);
        moves.add(Move.ACCEPT_WITH_CONDITIONS);
        moves.add(Move.REJECT);
      }
      if (participation != null) {
        if (participation.canMoveTo(Participation.FOLLOW_UP)) {
          moves.add(Move.FOLLOW_UP);
        }
        if (participation.canMoveTo(Participation.OFF_SCENE)) {
          moves.add(Move.OFF_SCENE);
        }
        if (participation.canMoveTo(Participation.WITHDRAWN)) {
          moves.add(Move.LEAVE_SCENE);
        }
      }
    }
    // A withdrawn application's thread is closed; a decided one stays open for the follow-up.
    if ((applicant || hospital) && status != ApplicationStatus.WITHDRAWN) {
      moves.add(Move.MESSAGE);
    }
    return moves;
  }
}
