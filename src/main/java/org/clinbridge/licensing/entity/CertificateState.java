package org.clinbridge.licensing.entity;

/**
 * Where a certificate stands. ACTIVE, RENEWAL_SUBMITTED, SUSPENDED, CANCELLED and ARCHIVED are
 * recorded; EXPIRING_SOON (from the alert date) and EXPIRED (after the expiry date) follow from the
 * dates of an ACTIVE certificate, so no job has to move them. A renewal refused is recorded as
 * EXPIRED.
 */
public enum CertificateState {
  ACTIVE,
  EXPIRING_SOON,
  RENEWAL_SUBMITTED,
  EXPIRED,
  SUSPENDED,
  CANCELLED,
  ARCHIVED
}
