package org.clinbridge.platform.paging;

import org.clinbridge.platform.problem.ProblemException;

/** A bounded page size and an optional cursor, as asked for by a client. */
public record PageRequest(int limit, String cursor) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** Validates the raw query parameters; a limit out of bounds is a 400 naming {@code limit}. */
  public static PageRequest of(Integer limit, String cursor) {
    int l = limit == null ? DEFAULT_LIMIT : limit;
    if (l < 1 || l > MAX_LIMIT) {
      throw ProblemException.invalidField("limit", "paging.limit.range", 1, MAX_LIMIT);
    }
    return new PageRequest(l, cursor == null || cursor.isBlank() ? null : cursor);
  }

  public boolean first() {
    return cursor == null;
  }
}
