package org.clinbridge.licensing.entity;

/**
 * A letter between the applicant and the authority. Three kinds move the application: the one-time
 * correction list (while the authority decides on acceptance), the supplement request (once, during
 * the technical review; the authority's clock stops) and the supplement that answers it (within a
 * year; the clock resumes).
 */
public enum CorrespondenceKind {
  QUESTION(true),
  ANSWER(false),
  CORRECTION_LIST(true),
  CORRECTIONS(false),
  SUPPLEMENT_REQUEST(true),
  SUPPLEMENT(false),
  NOTICE(true),
  LETTER(false);

  private final boolean fromAuthority;

  CorrespondenceKind(boolean fromAuthority) {
    this.fromAuthority = fromAuthority;
  }

  public boolean fromAuthority() {
    return fromAuthority;
  }
}
