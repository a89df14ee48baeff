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
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What identifies a file attached to a consultation's question or to one of its messages: its name,
 * media type, size and where it is kept. Never changed; one attached to an internal note is the
 * station's alone, as the note is.
 */
@Entity
@Table(name = "consultation_attachment")
public class Attachment {
  public static final int MAX_NAME = 255;
  public static final int MAX_REFERENCE = 500;

  /** A media type as RFC 6838 spells it: type/subtype, no parameters. */
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,47}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,50}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_attachment_seq")
  @SequenceGenerator(
      name = "consultation_attachment_seq",
      sequenceName = "consultation_attachment_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
  private Consultation consultation;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "message_id", updatable = false)
  private ConsultationMessage message;

  @Column(name = "file_name", nullable = false, length = MAX_NAME, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(length = MAX_REFERENCE, updatable = false)
  private String reference;

  @Column(name = "added_by", nullable = false, length = 64, updatable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private OffsetDateTime addedAt;

  protected Attachment() {}

  Attachment(
      Consultation consultation,
      ConsultationMessage message,
      String fileName,
      String mediaType,
      long sizeBytes,
      String reference,
      String addedBy,
      OffsetDateTime now) {
    this.publicId = UUID.randomUUID();
    this.consultation = consultation;
    this.message = message;
    this.fileName = Consultation.required("attachments.fileName", fileName, MAX_NAME);
    String type = Consultation.required("attachments.mediaType", mediaType, 100);
    if (!MEDIA_TYPE.matcher(type).matches() || sizeBytes < 0) {
      throw ConsultationRuleViolation.attachment(this.fileName);
    }
    this.mediaType = type.toLowerCase(java.util.Locale.ROOT);
    this.sizeBytes = sizeBytes;
    this.reference = Consultation.optional("attachments.reference", reference, MAX_REFERENCE);
    this.addedBy = addedBy;
    this.addedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** Whether the asker may see it: not one attached to an internal note. */
  public boolean visibleToAsker() {
    return message == null || !message.internal();
  }

  public UUID publicId() {
    return publicId;
  }

  public ConsultationMessage message() {
    return message;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String reference() {
    return reference;
  }

  public String addedBy() {
    return addedBy;
  }

  public OffsetDateTime addedAt() {
    return addedAt;
  }
}
