package org.clinbridge.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * An e-mail waiting in the outbox. Written with the change that causes it, in the same transaction,
 * so that a rolled-back change leaves none and a committed one always has its mail; the senders
 * ({@code control.MailOutbox}) claim, send and mark it with statements of their own.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {
  /** Subject and body are cut to what the columns hold rather than failing the change. */
  static final int SUBJECT_MAX = 1000;

  static final int BODY_MAX = 10000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
  @SequenceGenerator(
      name = "mail_outbox_seq",
      sequenceName = "mail_outbox_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @Column(name = "to_address", nullable = false, length = 320, updatable = false)
  private String to;

  @Column(nullable = false, length = SUBJECT_MAX, updatable = false)
  private String subject;

  @Column(nullable = false, length = BODY_MAX, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(nullable = false, insertable = false, updatable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false, updatable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "sent_at", insertable = false, updatable = false)
  private OffsetDateTime sentAt;

  @Column(name = "last_error", insertable = false, updatable = false)
  private String lastError;

  protected OutboxMail() {}

  public OutboxMail(String to, String subject, String body, OffsetDateTime now) {
    this.publicId = UUID.randomUUID();
    this.to = Objects.requireNonNull(to, "to");
    this.subject = cut(Objects.requireNonNull(subject, "subject"), SUBJECT_MAX);
    this.body = cut(Objects.requireNonNull(body, "body"), BODY_MAX);
    this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    this.nextAttemptAt = createdAt;
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public String to() {
    return to;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime sentAt() {
    return sentAt;
  }

  public String lastError() {
    return lastError;
  }
}
