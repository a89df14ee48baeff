package org.clinbridge.platform.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One link of the audit chain. Never changed once written: there are no setters, and on PostgreSQL
 * the database refuses UPDATE and DELETE on the table.
 *
 * <p>Its {@link #hash()} is SHA-256 over the previous entry's hash and the {@linkplain
 * #canonicalForm() canonical form} of its own fields, so altering any field of any entry, or
 * removing an entry, breaks the chain from there on. The canonical form is a documented text (see
 * {@link #canonicalForm()}) so that an auditor can recompute every hash without this code.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  /** The previous hash of entry 1. */
  public static final String GENESIS = "0".repeat(64);

  static final String FORMAT = "clinbridge-audit-entry/1";

  /** Microseconds: what both PostgreSQL and H2 keep, so a read-back time hashes the same. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  @Id
  @Column(name = "seq", updatable = false)
  private long seq;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "actor_username", nullable = false, updatable = false)
  private String actorUsername;

  @Column(name = "actor_account_id", updatable = false)
  private String actorAccountId;

  @Column(name = "actor_organisation_id", updatable = false)
  private String actorOrganisationId;

  @Column(name = "owner_organisation_ref", updatable = false)
  private Long ownerOrganisationRef;

  @Column(nullable = false, updatable = false)
  private String entity;

  @Column(name = "public_id", nullable = false, updatable = false)
  private String publicId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "old_values", updatable = false)
  private String oldValues;

  @Column(name = "new_values", updatable = false)
  private String newValues;

  @Column(updatable = false)
  private String reason;

  @Column(name = "request_id", updatable = false)
  private String requestId;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(nullable = false, updatable = false)
  private String hash;

  protected AuditEntry() {}

  /** Only {@link ChainHead#append} makes entries, so that every entry is a link of the chain. */
  AuditEntry(
      long seq,
      OffsetDateTime recordedAt,
      Actor actor,
      Facts facts,
      String requestId,
      String previousHash) {
    if (seq < 1) {
      throw new IllegalArgumentException("Sequence numbers start at 1: " + seq);
    }
    this.seq = seq;
    this.recordedAt =
        recordedAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    this.actorUsername = actor.username();
    this.actorAccountId = text(actor.accountId());
    this.actorOrganisationId = text(actor.organisationId());
    this.ownerOrganisationRef = facts.ownerOrganisationRef();
    this.entity = facts.entity();
    this.publicId = facts.publicId();
    this.action = facts.action();
    this.oldValues = facts.oldValues();
    this.newValues = facts.newValues();
    this.reason = facts.reason();
    this.requestId = requestId;
    this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
    this.hash = computeHash();
  }

  /**
   * The text hashed for this entry: a first line naming the format, then one line per field in a
   * fixed order, {@code name:LENGTH:VALUE} where LENGTH is the value's length in UTF-8 bytes, or
   * {@code name:-} for an absent value. The length prefix keeps the form unambiguous whatever the
   * values contain (newlines included). Times are UTC with six fractional digits.
   */
  public String canonicalForm() {
    StringBuilder sb = new StringBuilder(FORMAT).append('\n');
    field(sb, "seq", Long.toString(seq));
    field(sb, "recorded_at", TIME.format(recordedAt.withOffsetSameInstant(ZoneOffset.UTC)));
    field(sb, "actor_username", actorUsername);
    field(sb, "actor_account_id", actorAccountId);
    field(sb, "actor_organisation_id", actorOrganisationId);
    field(sb, "owner_organisation_ref", text(ownerOrganisationRef));
    field(sb, "entity", entity);
    field(sb, "public_id", publicId);
    field(sb, "action", action);
    field(sb, "old_values", oldValues);
    field(sb, "new_values", newValues);
    field(sb, "reason", reason);
    field(sb, "request_id", requestId);
    return sb.toString();
  }

  /**
   * SHA-256, as lower-case hex, of the UTF-8 bytes of {@code previousHash + "\n" +
   * canonicalForm()}, recomputed from the fields as they are now.
   */
  public String computeHash() {
    return sha256(previousHash + "\n" + canonicalForm());
  }

  /** True when the stored hash still matches the stored fields. */
  public boolean intact() {
    return hash.equals(computeHash());
  }

  private static void field(StringBuilder sb, String name, String value) {
    sb.append(name).append(':');
    if (value == null) {
      sb.append('-');
    } else {
      sb.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
    sb.append('\n');
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  public long seq() {
    return seq;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }

  public String actorUsername() {
    return actorUsername;
  }

  public UUID actorAccountId() {
    return actorAccountId == null ? null : UUID.fromString(actorAccountId);
  }

  public UUID actorOrganisationId() {
    return actorOrganisationId == null ? null : UUID.fromString(actorOrganisationId);
  }

  public Long ownerOrganisationRef() {
    return ownerOrganisationRef;
  }

  public String entity() {
    return entity;
  }

  public String publicId() {
    return publicId;
  }

  public String action() {
    return action;
  }

  public String oldValues() {
    return oldValues;
  }

  public String newValues() {
    return newValues;
  }

  public String reason() {
    return reason;
  }

  public String requestId() {
    return requestId;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
