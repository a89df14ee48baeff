package org.clinbridge.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.clinbridge.platform.problem.ProblemException;

/**
 * The sort-key values of the last row of a page, opaque to clients (base64url). A cursor carries a
 * tag naming the list and sort it belongs to, so a cursor from one list is rejected by another
 * instead of silently returning the wrong rows.
 */
public record Cursor(String tag, List<String> keys) {
  private static final char SEP = '\u001f';

  public Cursor {
    keys = List.copyOf(keys);
  }

  public static Cursor of(String tag, Object... keys) {
    List<String> values = new ArrayList<>();
    for (Object k : keys) {
      values.add(String.valueOf(k));
    }
    return new Cursor(tag, values);
  }

  public String encode() {
    StringBuilder sb = new StringBuilder(tag);
    for (String k : keys) {
      sb.append(SEP).append(k);
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a client's cursor for the list named {@code tag} with {@code arity} keys; anything else
   * is a 400 naming the {@code cursor} parameter.
   */
  public static Cursor decode(String encoded, String tag, int arity) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      String[] parts = raw.split(String.valueOf(SEP), -1);
      if (parts.length != arity + 1 || !parts[0].equals(tag)) {
        throw invalid();
      }
      return new Cursor(tag, List.of(parts).subList(1, parts.length));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static ProblemException invalid() {
    return ProblemException.invalidField("cursor", "paging.cursor.invalid");
  }

  public String key(int i) {
    return keys.get(i);
  }

  /**
   * Key {@code i} read by {@code parse} (e.g. {@code UUID::fromString}): a key that does not parse
   * is the same 400 as a cursor that is not ours, so no list writes its own try/catch for it.
   */
  public <T> T key(int i, java.util.function.Function<String, T> parse) {
    try {
      return parse.apply(keys.get(i));
    } catch (RuntimeException e) {
      throw invalid();
    }
  }
}
