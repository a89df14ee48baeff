package org.clinbridge.licensing.entity;

/** A part of an application's dossier. */
public enum DocumentKind {
  RISK_ANALYSIS,
  /** 产品技术要求. */
  TECHNICAL_REQUIREMENTS,
  /** 注册检验报告 (or the filer's own test report for a filing). */
  TYPE_TEST_REPORT,
  /** By the exemption catalogue, by equivalence with a same-variety product, or by a trial. */
  CLINICAL_EVALUATION,
  INSTRUCTIONS_AND_LABELS,
  QMS_DOCUMENTS,
  CLINICAL_TRIAL_PROTOCOL,
  /** The Chinese invention patent (or publication with a search report) of the core technology. */
  PATENT_EVIDENCE
}
