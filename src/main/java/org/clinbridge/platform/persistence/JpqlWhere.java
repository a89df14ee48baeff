package org.clinbridge.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;

/**
 * The where clause of a list query, made of the filters a caller set, each with its parameters, so
 * that the clause and its parameter bindings cannot drift apart. Clauses are JPQL fragments written
 * by us; only the parameter values come from the request.
 */
public final class JpqlWhere {
  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /**
   * Adds {@code clause} binding {@code name} to {@code value}, unless the value is null (unset).
   */
  public JpqlWhere ifSet(Object value, String clause, String name) {
    return value == null ? this : when(true, clause, name, value);
  }

  /**
   * Adds {@code clause} with its parameters, given as name, value, name, value..., when {@code
   * condition} holds.
   */
  public JpqlWhere when(boolean condition, String clause, Object... namesAndValues) {
    if (!condition) {
      return this;
    }
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs: " + clause);
    }
    clauses.add(clause);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return this;
  }

  /**
   * Keyset paging in creation order on public keys only: after the page's cursor (tagged {@code
   * tag}: the last row's creation instant and public id), {@code (created > :at or (created = :at
   * and publicId > :after))}; order the query by {@code created, publicId} to match. Sequence ids
   * never reach a client, not even inside an opaque cursor. A cursor whose keys do not parse is the
   * client's mistake (400).
   */
  public JpqlWhere afterCreated(
      PageRequest request, String tag, String createdPath, String publicIdPath) {
    return created(request, tag, createdPath, publicIdPath, ">");
  }

  /**
   * The same, newest first: rows created before the cursor's; order the query by {@code created
   * desc, publicId desc} to match.
   */
  public JpqlWhere beforeCreated(
      PageRequest request, String tag, String createdPath, String publicIdPath) {
    return created(request, tag, createdPath, publicIdPath, "<");
  }

  private JpqlWhere created(
      PageRequest request, String tag, String createdPath, String publicIdPath, String op) {
    if (request.first()) {
      return this;
    }
    Cursor cursor = Cursor.decode(request.cursor(), tag, 2);
    OffsetDateTime at = cursor.key(0, OffsetDateTime::parse);
    UUID after = cursor.key(1, UUID::fromString);
    return when(
        true,
        "("
            + createdPath
            + " "
            + op
            + " :afterAt or ("
            + createdPath
            + " = :afterAt and "
            + publicIdPath
            + " "
            + op
            + " :afterId))",
        "afterAt",
        at,
        "afterId",
        after);
  }

  /** The cursor of a row listed by {@link #afterCreated}: its creation instant and public id. */
  public static Cursor createdCursor(String tag, OffsetDateTime created, UUID publicId) {
    // Microseconds, as the database keeps them, so the next page starts right after this row.
    return Cursor.of(
        tag,
        created.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
        publicId);
  }

  /** {@code select + where + " " + orderBy} with every parameter bound. */
  public <T> TypedQuery<T> query(EntityManager em, String select, String orderBy, Class<T> type) {
    TypedQuery<T> q = em.createQuery(jpql(select, orderBy), type);
    parameters.forEach(q::setParameter);
    return q;
  }

  String jpql(String select, String orderBy) {
    return select
        + (clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses))
        + " "
        + orderBy;
  }

  Map<String, Object> parameters() {
    return parameters;
  }
}
