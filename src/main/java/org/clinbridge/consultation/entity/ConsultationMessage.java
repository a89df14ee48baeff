package org.clinbridge.consultation.entity;

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
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One message of a consultation's thread; never edited. An internal note is the station's alone and
 * is never shown to the asker.
 */
@Entity
@Table(name = "consultation_message")
public class ConsultationMessage {
  /** Who wrote it: the asking organisation or the station. */
  public enum Side {
    ASKER,
    STATION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_message_seq")
  @SequenceGenerator(
      name = "consultation_message_seq",
      sequenceName = "consultation_message_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
  private Consultation consultation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private Side side;

  @Column(nullable = false, updatable = false)
  private boolean internal;

  @Column(nullable = false, length = 64, updatable = false)
  private String author;

  @Column(nullable = false, length = Consultation.MAX_TEXT, updatable = false)
  private String text;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private OffsetDateTime sentAt;

  protected ConsultationMessage() {}

  ConsultationMessage(
      Consultation consultation,
      Side side,
      boolean internal,
      String author,
      String text,
      OffsetDateTime now) {
    this.publicId = UUID.randomUUID();
    this.consultation = consultation;
    this.side = side;
    this.internal = internal;
    this.author = author;
    this.text = Consultation.required("text", text, Consultation.MAX_TEXT);
    this.sentAt = now;
  }

  public UUID publicId() {
    return publicId;
  }

  public Side side() {
    return side;
  }

  public boolean internal() {
    return internal;
  }

  public String author() {
    return author;
  }

  public String text() {
    return text;
  }

  public OffsetDateTime sentAt() {
    return sentAt;
  }
}
