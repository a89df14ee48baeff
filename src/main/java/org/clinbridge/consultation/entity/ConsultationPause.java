package org.clinbridge.consultation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.clinbridge.reference.entity.Pause;

/** A stretch in which the consultation's clocks stood still, waiting on the asker. */
@Entity
@Table(name = "consultation_pause")
public class ConsultationPause {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_pause_seq")
  @SequenceGenerator(
      name = "consultation_pause_seq",
      sequenceName = "consultation_pause_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
  private Consultation consultation;

  @Column(name = "paused_from", nullable = false, updatable = false)
  private OffsetDateTime from;

  @Column(name = "paused_to")
  private OffsetDateTime to;

  protected ConsultationPause() {}

  ConsultationPause(Consultation consultation, OffsetDateTime from) {
    this.consultation = consultation;
    this.from = from;
  }

  void end(OffsetDateTime at) {
    this.to = at;
  }

  public boolean open() {
    return to == null;
  }

  public OffsetDateTime from() {
    return from;
  }

  public OffsetDateTime to() {
    return to;
  }

  /** As the working-hours arithmetic takes it. */
  public Pause pause() {
    return new Pause(from.toInstant(), to == null ? null : to.toInstant());
  }
}
