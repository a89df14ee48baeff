package org.clinbridge.funding.entity;

/**
 * A tranche waits for a go at its milestone, then is released once. A no-go at the milestone, or
 * the milestone cancelled, withdraws it: its money goes back to the pool, and a later go at the
 * same milestone plans it again if the pool still has the room.
 */
public enum TrancheStatus {
  PLANNED,
  RELEASED,
  WITHDRAWN
}
