package org.clinbridge.funding.entity;

/** A tranche waits for a go at its milestone, then is released once. */
public enum TrancheStatus {
  PLANNED,
  RELEASED
}
