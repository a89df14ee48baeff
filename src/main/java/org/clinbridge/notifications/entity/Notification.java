package org.clinbridge.notifications.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.i18n.BilingualText;

/**
 * A message in an organisation's inbox, in both languages, read once by anyone there; or, when it
 * names a person, a message for that person alone (it still belongs to the organisation, so it
 * leaves with neither).
 */
@Entity
@Table(name = "notification")
public class Notification {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
  private Organisation recipient;

  /** The one person it is for; null for everyone of the organisation. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", updatable = false)
  private Account person;

  /** The person's key, read without loading the account (a list shows only whether it is set). */
  @Column(name = "account_id", insertable = false, updatable = false)
  private Long personRef;

  /** What happened, e.g. {@code application-submitted}; stable, for clients to filter on. */
  @Column(nullable = false, length = 60, updatable = false)
  private String kind;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "subject_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "subject_en"))
  })
  private BilingualText subject;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "body_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "body_en"))
  })
  private BilingualText body;

  /** Where the record it is about lives, e.g. {@code /api/scenes/<id>/applications/<id>}. */
  @Column(length = 300, updatable = false)
  private String link;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  @Version private long version;

  protected Notification() {}

  public Notification(
      Organisation recipient,
      String kind,
      BilingualText subject,
      BilingualText body,
      String link,
      OffsetDateTime now) {
    this.publicId = UUID.randomUUID();
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.person = null;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.body = Objects.requireNonNull(body, "body");
    this.link = link;
    this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  /** A message for one person of their organisation. */
  public static Notification toPerson(
      Account person,
      String kind,
      BilingualText subject,
      BilingualText body,
      String link,
      OffsetDateTime now) {
    Notification n = new Notification(person.organisation(), kind, subject, body, link, now);
    n.person = person;
    n.personRef = person.id();
    return n;
  }

  /** Marks it read; reading it again keeps the first time. */
  public void markRead(OffsetDateTime at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public Organisation recipient() {
    return recipient;
  }

  /** Whether it is for one person rather than the whole organisation. */
  public boolean personal() {
    return personRef != null;
  }

  public String kind() {
    return kind;
  }

  public BilingualText subject() {
    return subject;
  }

  public BilingualText body() {
    return body;
  }

  public String link() {
    return link;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime readAt() {
    return readAt;
  }

  public boolean read() {
    return readAt != null;
  }

  public long version() {
    return version;
  }
}
