package org.clinbridge.projects.entity;

/** The kind of product a project develops. */
public enum ProjectCategory {
  MEDICAL_DEVICE,
  IVD,
  BIOLOGIC,
  DRUG,
  DIGITAL_MEDICINE
}
