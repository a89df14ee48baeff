package org.clinbridge.scenes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.ZoneOffset;

/**
 * One line of a site's progress history. A line with only a planned date is a plan ("recruiting
 * from 1 March"); when the status is reached its actual date is filled in, so planned and actual
 * stay side by side, as in the registries' ESTIMATED and ACTUAL dates. Lines are never removed.
 */
@Entity
@Table(name = "scene_progress")
public class ProgressEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scene_progress_seq")
  @SequenceGenerator(
      name = "scene_progress_seq",
      sequenceName = "scene_progress_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "scene_id", nullable = false, updatable = false)
  private Scene scene;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "site_id", nullable = false, updatable = false)
  private SceneSite site;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32, updatable = false)
  private Progress status;

  @Column(name = "planned_date")
  private LocalDate plannedDate;

  @Column(name = "actual_date")
  private LocalDate actualDate;

  @Column(length = Progress.MAX_REASON_LENGTH)
  private String reason;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  protected ProgressEntry() {}

  private ProgressEntry(
      Scene scene,
      SceneSite site,
      Progress status,
      LocalDate plannedDate,
      LocalDate actualDate,
      String reason,
      String by,
      OffsetDateTime now) {
    this.scene = scene;
    this.site = site;
    this.status = status;
    this.plannedDate = plannedDate;
    this.actualDate = actualDate;
    this.reason = reason;
    this.recordedBy = by;
    this.recordedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
  }

  static ProgressEntry planned(
      Scene scene, SceneSite site, Progress status, LocalDate date, String by, OffsetDateTime now) {
    return new ProgressEntry(scene, site, status, date, null, null, by, now);
  }

  static ProgressEntry actual(
      Scene scene,
      SceneSite site,
      Progress status,
      LocalDate date,
      String reason,
      String by,
      OffsetDateTime now) {
    return new ProgressEntry(scene, site, status, null, date, reason, by, now);
  }

  void replan(LocalDate date, String by, OffsetDateTime now) {
    this.plannedDate = date;
    this.recordedBy = by;
    this.recordedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
  }

  void realise(LocalDate date, String reason, String by, OffsetDateTime now) {
    this.actualDate = date;
    this.reason = reason;
    this.recordedBy = by;
    this.recordedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
  }

  public SceneSite site() {
    return site;
  }

  public Progress status() {
    return status;
  }

  public LocalDate plannedDate() {
    return plannedDate;
  }

  public LocalDate actualDate() {
    return actualDate;
  }

  /** Still a plan: the status has not been reached. */
  public boolean pending() {
    return actualDate == null;
  }

  public String reason() {
    return reason;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
