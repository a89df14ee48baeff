package org.clinbridge.contracts.entity;

/** The kinds of technology contract the registration office recognises. */
public enum ContractType {
  DEVELOPMENT,
  TRANSFER,
  LICENCE,
  CONSULTANCY,
  SERVICE,
  TRAINING,
  INTERMEDIARY
}
