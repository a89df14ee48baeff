package org.clinbridge.licensing.entity;

/**
 * Where a dossier document stands. An application is submitted only when each of its documents is
 * READY or NOT_APPLICABLE (with the reason why it is not needed).
 */
public enum DocumentState {
  MISSING,
  IN_PROGRESS,
  READY,
  NOT_APPLICABLE;

  public boolean done() {
    return this == READY || this == NOT_APPLICABLE;
  }
}
