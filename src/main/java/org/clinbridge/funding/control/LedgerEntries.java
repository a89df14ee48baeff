package org.clinbridge.funding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinbridge.funding.entity.FundPool;
import org.clinbridge.funding.entity.Grant;
import org.clinbridge.funding.entity.LedgerMovement;
import org.clinbridge.platform.audit.entity.AuditEntry;

/**
 * A pool's ledger as a list of movements, read from the audit trail rather than kept twice: every
 * change of a pool's committed and released money is audited in the transaction that makes it
 * (award, release, and the withdrawals and reinstatements of {@link TrancheGuard}), with when and
 * by whom, and the audit chain makes those entries tamper-evident.
 */
@ApplicationScoped
public class LedgerEntries {
  static final String GRANT = "grant";
  static final String POOL = "fund-pool";

  /** One movement; {@code grant} and {@code tranche} are null for the pool's own opening. */
  public record Entry(
      long sequence,
      OffsetDateTime at,
      LedgerMovement movement,
      Grant grant,
      Integer tranche,
      BigDecimal amount,
      String by) {}

  @PersistenceContext EntityManager em;

  /**
   * The pool's movements, oldest first; for {@code manager} not null, only those of the grants to
   * the projects assigned to that technology manager (and the pool's opening).
   */
  public List<Entry> of(FundPool pool, UUID manager) {
    var q =
        em.createQuery(
            "select g from Grant g join fetch g.project where g.pool = :pool"
                + (manager == null ? "" : " and g.project.managerAccountId = :manager"),
            Grant.class);
    q.setParameter("pool", pool);
    if (manager != null) {
      q.setParameter("manager", manager.toString());
    }
    Map<String, Grant> grants =
        q.getResultList().stream()
            .collect(Collectors.toMap(g -> g.publicId().toString(), Function.identity()));
    List<AuditEntry> audited =
        new ArrayList<>(
            em.createQuery(
                    "select e from AuditEntry e where e.entity = :pool and e.publicId = :id",
                    AuditEntry.class)
                .setParameter("pool", POOL)
                .setParameter("id", pool.publicId().toString())
                .getResultList());
    if (!grants.isEmpty()) {
      audited.addAll(
          em.createQuery(
                  "select e from AuditEntry e where e.entity = :grant and e.publicId in :ids",
                  AuditEntry.class)
              .setParameter("grant", GRANT)
              .setParameter("ids", grants.keySet())
              .getResultList());
    }
    return audited.stream()
        .sorted(java.util.Comparator.comparingLong(AuditEntry::seq))
        .map(e -> entry(e, grants.get(e.publicId())))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** The movement an audit entry records, or null for a change that moved no money. */
  static Entry entry(AuditEntry e, Grant grant) {
    LedgerMovement movement = movement(e.entity(), e.action());
    if (movement == null) {
      return null;
    }
    JsonObject after = object(e.newValues());
    BigDecimal amount =
        movement == LedgerMovement.OPENED
            ? amount(after.get("total"))
            : amount(after.get("amount"));
    if (movement == LedgerMovement.AWARDED && amount == null && grant != null) {
      amount = grant.amount();
    }
    Integer tranche =
        after.get("tranche") instanceof JsonNumber n && movement != LedgerMovement.AWARDED
            ? n.intValue()
            : null;
    return new Entry(
        e.seq(),
        e.recordedAt(),
        movement,
        movement == LedgerMovement.OPENED ? null : grant,
        tranche,
        amount,
        e.actorUsername());
  }

  static LedgerMovement movement(String entity, String action) {
    if (POOL.equals(entity)) {
      return "created".equals(action) ? LedgerMovement.OPENED : null;
    }
    return switch (action) {
      case "awarded" -> LedgerMovement.AWARDED;
      case "tranche-released" -> LedgerMovement.RELEASED;
      case TrancheGuard.WITHDRAWN -> LedgerMovement.WITHDRAWN;
      case TrancheGuard.REINSTATED -> LedgerMovement.REINSTATED;
      default -> null;
    };
  }

  private static JsonObject object(String json) {
    if (json == null || json.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      JsonValue v = r.readValue();
      return v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private static BigDecimal amount(JsonValue v) {
    if (v instanceof JsonString s) {
      return new BigDecimal(s.getString()).setScale(2);
    }
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue().setScale(2);
    }
    return null;
  }
}
