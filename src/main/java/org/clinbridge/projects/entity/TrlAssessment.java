package org.clinbridge.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of a project's TRL history: the level assessed, on which date, on what evidence, by
 * whom. Append-only; created by {@link Project#assessTrl}.
 */
@Entity
@Table(name = "trl_assessment")
public class TrlAssessment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trl_assessment_seq")
  @SequenceGenerator(
      name = "trl_assessment_seq",
      sequenceName = "trl_assessment_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @Column(nullable = false, updatable = false)
  private int level;

  @Column(name = "previous_level", updatable = false)
  private Integer previousLevel;

  @Column(name = "assessed_on", nullable = false, updatable = false)
  private LocalDate assessedOn;

  @Column(nullable = false, updatable = false, length = 500)
  private String evidence;

  @Column(updatable = false, length = 2000)
  private String note;

  @Embedded private Actor actor;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected TrlAssessment() {}

  TrlAssessment(
      Project project,
      int level,
      Integer previousLevel,
      LocalDate assessedOn,
      String evidence,
      String note,
      Actor actor,
      OffsetDateTime recordedAt) {
    this.project = project;
    this.level = level;
    this.previousLevel = previousLevel;
    this.assessedOn = assessedOn;
    this.evidence = evidence;
    this.note = note;
    this.actor = actor;
    this.recordedAt = recordedAt;
  }

  public Project project() {
    return project;
  }

  public int level() {
    return level;
  }

  public Integer previousLevel() {
    return previousLevel;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  public String evidence() {
    return evidence;
  }

  public String note() {
    return note;
  }

  public Actor actor() {
    return actor;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }
}
