package org.clinbridge.licensing.entity;

/** How a device's clinical evaluation is made (the 2021 measures allow three paths). */
public enum ClinicalEvaluationPath {
  /** The device is in the catalogue of devices exempt from clinical evaluation. */
  EXEMPTION_CATALOGUE,
  /** Comparison with a registered same-variety device (同品种比对). */
  EQUIVALENCE,
  CLINICAL_TRIAL
}
