package org.clinbridge.organisations.entity;

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
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.clinbridge.platform.problem.ProblemException;

/**
 * An invitation to an account that has no password yet. The invitee proves it with a random secret
 * handed out once at invitation; only its SHA-256 is stored, so a database reader cannot accept
 * someone else's invitation. Valid for a limited time and once.
 */
@Entity
@Table(name = "invitation")
public class Invitation {
  public static final Duration VALIDITY = Duration.ofDays(7);
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
  @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "secret_hash", nullable = false, unique = true, updatable = false)
  private String secretHash;

  @Column(name = "invited_by", nullable = false, updatable = false)
  private UUID invitedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  /** Updatable: a link sent again or cancelled ends the earlier one now ({@link #withdraw}). */
  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "accepted_at")
  private OffsetDateTime acceptedAt;

  @Version private long version;

  protected Invitation() {}

  private Invitation(Account account, String secret, UUID invitedBy, OffsetDateTime now) {
    this.publicId = UUID.randomUUID();
    this.account = account;
    this.secretHash = hash(secret);
    this.invitedBy = invitedBy;
    this.createdAt = now;
    this.expiresAt = now.plus(VALIDITY);
  }

  /** A new invitation and its secret, which is not kept anywhere: hand it to the invitee now. */
  public record Issued(Invitation invitation, String secret) {}

  public static Issued issue(Account account, UUID invitedBy, OffsetDateTime now) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(new Invitation(account, secret, invitedBy, now), secret);
  }

  public static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public UUID publicId() {
    return publicId;
  }

  public Account account() {
    return account;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }

  public OffsetDateTime acceptedAt() {
    return acceptedAt;
  }

  /**
   * Accepts the invitation, setting the account's password hash. An expired or used invitation, or
   * a disabled account, is refused with the same answer as an unknown secret.
   */
  public void accept(String passwordHash, OffsetDateTime now) {
    if (acceptedAt != null || now.isAfter(expiresAt) || !account.enabled()) {
      throw invalid();
    }
    acceptedAt = now;
    account.setPassword(passwordHash);
  }

  /**
   * The link stops working now (a fresh one replaced it, or the invitation was cancelled): it
   * expires, and then reads as any unknown secret does.
   */
  public void withdraw(OffsetDateTime now) {
    if (expiresAt.isAfter(now)) {
      expiresAt = now;
    }
  }

  public static ProblemException invalid() {
    return new ProblemException(400, "invitation-invalid", "invitation-invalid.detail");
  }
}
