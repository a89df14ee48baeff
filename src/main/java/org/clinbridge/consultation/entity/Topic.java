package org.clinbridge.consultation.entity;

/** What a consultation is about; decides the specialist group and the service levels. */
public enum Topic {
  /** 分类界定 */
  CLASSIFICATION,
  CLASS_I_FILING,
  CLASS_II_III_REGISTRATION,
  CHANGE_OR_RENEWAL,
  PRODUCTION_LICENCE,
  BUSINESS_LICENCE,
  CLINICAL_EVALUATION,
  INNOVATIVE_CHANNEL,
  TECHNOLOGY_CONTRACT,
  IP
}
