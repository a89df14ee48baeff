package org.clinbridge.contracts.entity;

/** The sides of a technology contract: who provides the technology, who takes it, who brokers. */
public enum PartyRole {
  SELLER,
  BUYER,
  INTERMEDIARY
}
