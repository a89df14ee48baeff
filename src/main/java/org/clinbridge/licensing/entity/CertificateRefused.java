package org.clinbridge.licensing.entity;

import java.time.LocalDate;
import org.clinbridge.platform.problem.ProblemException;

/** A certificate change its state or dates do not allow; the detail names the rule. */
public class CertificateRefused extends ProblemException {
  public static final String SLUG = "certificate-refused";

  private CertificateRefused(String rule, Object... args) {
    super(409, SLUG, SLUG + ".detail." + rule, args);
  }

  static CertificateRefused state(CertificateState from, CertificateState to) {
    return new CertificateRefused("state", from, to);
  }

  static CertificateRefused filingNotRenewed() {
    return new CertificateRefused("filing");
  }

  static CertificateRefused renewalLate(LocalDate latest) {
    return new CertificateRefused("renewal-late", latest.toString());
  }

  static CertificateRefused voided() {
    return new CertificateRefused("voided");
  }
}
