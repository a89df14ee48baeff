package org.clinbridge.platform.idempotency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The first answer to a request sent with an {@code Idempotency-Key}, stored in the transaction of
 * the change it made: a retry of the same request by the same caller gets this answer instead of
 * making the change again. The key is a digest of the caller and their key, so no caller sees
 * another's keys; the fingerprint is a digest of the operation and its input, so a key reused for a
 * different request is refused rather than answered with something unrelated.
 */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {
  /** Bodies beyond this are not stored; such a request is then not replayable (never seen). */
  public static final int BODY_MAX = 200_000;

  @Id
  @Column(length = 64)
  private String id;

  @Column(nullable = false, length = 64, updatable = false)
  private String fingerprint;

  @Column(nullable = false, updatable = false)
  private int status;

  @Column(length = 1000, updatable = false)
  private String location;

  @Column(length = 200, updatable = false)
  private String etag;

  @Column(length = BODY_MAX, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected IdempotentRequest() {}

  public IdempotentRequest(
      String id,
      String fingerprint,
      int status,
      String location,
      String etag,
      String body,
      OffsetDateTime now) {
    this.id = id;
    this.fingerprint = fingerprint;
    this.status = status;
    this.location = location;
    this.etag = etag;
    this.body = body;
    this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public String fingerprint() {
    return fingerprint;
  }

  public int status() {
    return status;
  }

  public String location() {
    return location;
  }

  public String etag() {
    return etag;
  }

  public String body() {
    return body;
  }
}
