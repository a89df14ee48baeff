package org.clinbridge.scenes.entity;

/** What a hospital offers a start-up's device. */
public enum SceneType {
  /** A clinical trial of a device that is not yet registered. */
  CLINICAL_TRIAL,
  /** A clinical evaluation (comparison with an equivalent device, literature and data). */
  CLINICAL_EVALUATION,
  /** A usability (human factors) study with clinical users. */
  USABILITY_STUDY,
  /** A ward or department tries a device in routine use. */
  APPLICATION_PILOT,
  /** A pilot that may lead to procurement; only registered devices can be bought. */
  PROCUREMENT_PILOT;

  /** Whether this type forces the registration-certificate requirement one way or the other. */
  public boolean requiresCertificate() {
    return this == PROCUREMENT_PILOT;
  }

  /** A clinical trial is where an unregistered device earns its certificate. */
  public boolean forbidsCertificateRequirement() {
    return this == CLINICAL_TRIAL;
  }
}
