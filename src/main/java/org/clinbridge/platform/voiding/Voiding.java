package org.clinbridge.platform.voiding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.clinbridge.platform.problem.ProblemException;

/**
 * Whether a regulated record was voided, when, by whom and why. Regulated records are never
 * deleted: they are voided with a reason, stay readable, and drop out of lists unless a client asks
 * for voided ones too (docs/architecture.md, "Void with reason").
 *
 * <p>Immutable: an entity holds {@code Voiding.none()} and replaces it with the result of {@link
 * #voidFor}, in its own {@code voidFor(reason, by)} method. Embedded with these columns (rename
 * them with {@code @AttributeOverrides} if a table needs to):
 *
 * <pre>
 * voided boolean not null default false,
 * voided_at timestamp with time zone,
 * voided_by varchar(64),
 * void_reason varchar(500)
 * </pre>
 */
@Embeddable
public class Voiding {
  /** The longest reason accepted, as {@link VoidForm} checks at the edge. */
  public static final int REASON_MAX = 500;

  @Column(name = "voided", nullable = false)
  private boolean voided;

  @Column(name = "voided_at")
  private OffsetDateTime voidedAt;

  @Column(name = "voided_by", length = 64)
  private String voidedBy;

  @Column(name = "void_reason", length = REASON_MAX)
  private String reason;

  /** For JPA; the state of a record that was never voided. */
  protected Voiding() {}

  private Voiding(OffsetDateTime at, String by, String reason) {
    this.voided = true;
    this.voidedAt = at;
    this.voidedBy = by;
    this.reason = reason;
  }

  /** The state of a live record. */
  public static Voiding none() {
    return new Voiding();
  }

  /**
   * This record voided now by {@code by} for {@code reason}. A blank or over-long reason is a 400
   * naming {@code reason}; a record already voided is a 409 ({@link AlreadyVoidedException}).
   */
  public Voiding voidFor(String reason, String by, OffsetDateTime at) {
    if (voided) {
      throw new AlreadyVoidedException(voidedAt);
    }
    if (reason == null || reason.isBlank()) {
      throw ProblemException.invalidField("reason", "void.reason.required");
    }
    String r = reason.strip();
    if (r.length() > REASON_MAX) {
      throw ProblemException.invalidField("reason", "void.reason.too-long", REASON_MAX);
    }
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("A void needs the name of who voids");
    }
    return new Voiding(
        Objects.requireNonNull(at, "at")
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MICROS),
        by,
        r);
  }

  public boolean voided() {
    return voided;
  }

  public OffsetDateTime voidedAt() {
    return voidedAt;
  }

  public String voidedBy() {
    return voidedBy;
  }

  public String reason() {
    return reason;
  }

  /** The values to put in the audit event's {@code before} or {@code after}. */
  public Map<String, Object> auditValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("voided", voided);
    values.put("voidedAt", voidedAt);
    values.put("voidedBy", voidedBy);
    values.put("voidReason", reason);
    return values;
  }
}
