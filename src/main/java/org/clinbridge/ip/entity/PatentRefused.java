package org.clinbridge.ip.entity;

import org.clinbridge.platform.problem.ProblemException;

/** A patent status change that is not possible for the patent's kind and status. */
public class PatentRefused extends ProblemException {
  public static final String SLUG = "patent-refused";

  PatentRefused(PatentKind kind, PatentStatus from, PatentStatus to) {
    super(409, SLUG, SLUG + ".detail", kind, from, to);
  }
}
