package org.clinbridge.licensing.entity;

/** Where the device is made: imported devices go to the NMPA whatever their class. */
public enum Origin {
  DOMESTIC,
  IMPORTED
}
