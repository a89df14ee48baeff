package org.clinbridge.licensing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.clinbridge.projects.entity.Actor;

/**
 * One dated state change of a licence application: from, to, on which date, who recorded it and
 * why. Append-only and numbered; the statutory clocks are counted from these dates.
 */
@Entity
@Table(name = "licence_application_event")
public class ApplicationEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_event_seq")
  @SequenceGenerator(
      name = "licence_event_seq",
      sequenceName = "licence_application_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private LicenceApplication application;

  @Column(nullable = false, updatable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", updatable = false)
  private ApplicationState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, updatable = false)
  private ApplicationState toState;

  @Column(name = "on_date", nullable = false, updatable = false)
  private LocalDate on;

  @Column(length = 2000, updatable = false)
  private String reason;

  @Column(name = "authority_reference", length = 100, updatable = false)
  private String authorityReference;

  @Embedded private Actor actor;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected ApplicationEvent() {}

  ApplicationEvent(
      LicenceApplication application,
      int seq,
      ApplicationState fromState,
      ApplicationState toState,
      LocalDate on,
      String reason,
      String authorityReference,
      Actor actor,
      OffsetDateTime recordedAt) {
    this.application = application;
    this.seq = seq;
    this.fromState = fromState;
    this.toState = toState;
    this.on = on;
    this.reason = reason;
    this.authorityReference = authorityReference;
    this.actor = actor;
    this.recordedAt = recordedAt;
  }

  public int seq() {
    return seq;
  }

  public ApplicationState fromState() {
    return fromState;
  }

  public ApplicationState toState() {
    return toState;
  }

  public LocalDate on() {
    return on;
  }

  public String reason() {
    return reason;
  }

  public String authorityReference() {
    return authorityReference;
  }

  public Actor actor() {
    return actor;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }
}
