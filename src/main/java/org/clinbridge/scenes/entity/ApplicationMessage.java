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
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/** One message of the thread between an applicant and the hospital; never edited. */
@Entity
@Table(name = "scene_application_message")
public class ApplicationMessage {
  /** Who wrote it: the applying start-up or the hospital. */
  public enum Side {
    APPLICANT,
    HOSPITAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scene_application_message_seq")
  @SequenceGenerator(
      name = "scene_application_message_seq",
      sequenceName = "scene_application_message_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private Side side;

  @Column(nullable = false, length = 64, updatable = false)
  private String author;

  @Column(nullable = false, length = Application.MAX_TEXT, updatable = false)
  private String text;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private OffsetDateTime sentAt;

  protected ApplicationMessage() {}

  ApplicationMessage(
      Application application, Side side, String author, String text, OffsetDateTime now) {
    if (text == null || text.isBlank()) {
      throw ApplicationRuleViolation.emptyMessage();
    }
    if (text.strip().length() > Application.MAX_TEXT) {
      throw ApplicationRuleViolation.textTooLong(text.strip().length());
    }
    this.publicId = UUID.randomUUID();
    this.application = application;
    this.side = Objects.requireNonNull(side, "side");
    this.author = Objects.requireNonNull(author, "author");
    this.text = text.strip();
    this.sentAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  public UUID publicId() {
    return publicId;
  }

  public Side side() {
    return side;
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
