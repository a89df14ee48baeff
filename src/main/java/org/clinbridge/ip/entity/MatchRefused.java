package org.clinbridge.ip.entity;

import org.clinbridge.platform.problem.ProblemException;

/** A matching step the interest's state does not allow, or interest in one's own listing. */
public class MatchRefused extends ProblemException {
  public static final String SLUG = "match-refused";

  private MatchRefused(String variant, Object... args) {
    super(409, SLUG, SLUG + ".detail." + variant, args);
  }

  static MatchRefused state(MatchState from, MatchState to) {
    return new MatchRefused("state", from, to);
  }

  static MatchRefused ownListing() {
    return new MatchRefused("own");
  }

  static MatchRefused withdrawn() {
    return new MatchRefused("withdrawn");
  }
}
