package org.clinbridge.licensing.entity;

import java.time.LocalDate;
import java.util.List;
import org.clinbridge.platform.problem.ProblemException;

/**
 * A move of a licence application (or of its correspondence) that its state or kind does not allow;
 * the detail names the rule and the states involved, in the caller's language.
 */
public class LicenceMoveRefused extends ProblemException {
  public static final String SLUG = "licence-move-refused";

  private LicenceMoveRefused(String rule, Object... args) {
    super(409, SLUG, SLUG + ".detail." + rule, args);
  }

  static LicenceMoveRefused state(ApplicationState from, ApplicationState to) {
    return new LicenceMoveRefused("state", from, to);
  }

  static LicenceMoveRefused closed(ApplicationState state) {
    return new LicenceMoveRefused("closed", state);
  }

  static LicenceMoveRefused voided() {
    return new LicenceMoveRefused("voided");
  }

  static LicenceMoveRefused filingHasNoReview() {
    return new LicenceMoveRefused("filing");
  }

  static LicenceMoveRefused reviewBeforeApproval() {
    return new LicenceMoveRefused("not-filing");
  }

  static LicenceMoveRefused qmsInspection() {
    return new LicenceMoveRefused("qms");
  }

  static LicenceMoveRefused held(ApplicationState heldFrom) {
    return new LicenceMoveRefused("held", heldFrom);
  }

  static LicenceMoveRefused supplementThroughCorrespondence() {
    return new LicenceMoveRefused("via-correspondence");
  }

  static LicenceMoveRefused documentsOpen(List<DocumentKind> open) {
    return new LicenceMoveRefused(
        "documents", open.size(), String.join(", ", open.stream().map(Enum::name).toList()));
  }

  static LicenceMoveRefused supplementOnce(LocalDate requestedOn) {
    return new LicenceMoveRefused("supplement-once", requestedOn.toString());
  }

  static LicenceMoveRefused correctionListOnce(LocalDate on) {
    return new LicenceMoveRefused("correction-list-once", on.toString());
  }

  static LicenceMoveRefused correspondenceState(CorrespondenceKind kind, ApplicationState state) {
    return new LicenceMoveRefused("correspondence-state", kind, state);
  }

  static LicenceMoveRefused supplementLate(LocalDate due) {
    return new LicenceMoveRefused("supplement-late", due.toString());
  }
}
