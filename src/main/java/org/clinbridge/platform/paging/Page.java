package org.clinbridge.platform.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. {@code next} is an opaque cursor for the following page, absent on the last
 * one. Pages are keyset pages: stable under inserts, and as fast on page 1,000 as on page 1.
 */
@Schema(description = "One page of results and the cursor of the next")
public record Page<T>(
    List<T> items,
    @Schema(description = "Opaque cursor for the next page; absent on the last page") String next) {

  /**
   * Cuts a query result fetched with {@code limit + 1} rows into a page, the extra row telling
   * whether there is a next page.
   */
  public static <E, T> Page<T> of(
      List<E> rows,
      int limit,
      java.util.function.Function<E, T> view,
      java.util.function.Function<E, Cursor> cursorOf) {
    boolean more = rows.size() > limit;
    List<E> shown = more ? rows.subList(0, limit) : rows;
    String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
    return new Page<>(shown.stream().map(view).toList(), next);
  }
}
