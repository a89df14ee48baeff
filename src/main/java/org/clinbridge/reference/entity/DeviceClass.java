package org.clinbridge.reference.entity;

/**
 * The NMPA management class a device is expected to fall in: it decides the licensing route (filing
 * for class I, provincial registration for II, NMPA registration for III).
 */
public enum DeviceClass {
  I,
  II,
  III
}
