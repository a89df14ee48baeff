package org.clinbridge.licensing.entity;

/** A registration certificate (Class II and III, valid five years) or a filing (Class I). */
public enum CertificateKind {
  REGISTRATION,
  FILING
}
