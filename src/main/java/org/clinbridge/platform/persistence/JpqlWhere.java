package org.clinbridge.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;

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
   * Keyset paging on a numeric id: after the page's cursor (tagged {@code tag}, one key), {@code
   * idPath > :after}. A cursor whose key is not a number is the client's mistake (400).
   */
  public JpqlWhere afterId(PageRequest request, String tag, String idPath) {
    if (request.first()) {
      return this;
    }
    long after;
    try {
      after = Long.parseLong(Cursor.decode(request.cursor(), tag, 1).key(0));
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField("cursor", "paging.cursor.invalid");
    }
    return when(true, idPath + " > :after", "after", after);
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
