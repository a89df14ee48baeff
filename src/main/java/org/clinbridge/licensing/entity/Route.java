package org.clinbridge.licensing.entity;

/**
 * The regulatory route: China's NMPA first; the FDA's 510(k), De Novo and PMA and the EU MDR as
 * alternatives, each with its own authority and clocks.
 */
public enum Route {
  NMPA,
  FDA_510K,
  FDA_DE_NOVO,
  FDA_PMA,
  EU_MDR;

  public boolean china() {
    return this == NMPA;
  }
}
