package org.clinbridge.funding.entity;

/**
 * What moved a pool's money: the pool opened with its total; a grant awarded (committed); a tranche
 * released (paid out), withdrawn (its commitment given back to the pool by a no-go or a cancelled
 * milestone) or reinstated (committed again by a later go).
 */
public enum LedgerMovement {
  OPENED,
  AWARDED,
  RELEASED,
  WITHDRAWN,
  REINSTATED
}
