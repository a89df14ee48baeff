package org.clinbridge.platform.i18n;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one reader of {@code Accept-Language} (API, pages, error servlet): picks the language we
 * speak that the caller prefers most, and never fails. The container's own parsers throw on a
 * malformed header ({@code HttpHeaders.getAcceptableLanguages()} does), which made a bad header a
 * 500 wherever the language was read; here any value, however broken, gives a language, English
 * when nothing usable is in it.
 */
public final class AcceptLanguage {
  /** Longer headers are read only this far: the work per request stays small. */
  static final int MAX_LENGTH = 1024;

  public static final String HEADER = "Accept-Language";

  private AcceptLanguage() {}

  /** The caller's language in a JAX-RS resource or provider. */
  public static Locale of(HttpHeaders headers) {
    return preferred(headers.getHeaderString(HEADER));
  }

  /**
   * Chinese or English: the first of them in the caller's order of preference (weights {@code q}
   * first, then position). An unsupported language earlier in the list does not shadow a supported
   * one later ({@code fr, zh;q=0.8} gives Chinese); a range with a weight that cannot be read is
   * ignored, as is one with weight 0.
   */
  public static Locale preferred(String header) {
    if (header == null || header.isBlank()) {
      return Messages.ENGLISH;
    }
    String text = header.length() > MAX_LENGTH ? header.substring(0, MAX_LENGTH) : header;
    List<Range> ranges = new ArrayList<>();
    int position = 0;
    for (String part : text.split(",")) {
      Range r = Range.read(part, position++);
      if (r != null && r.weight() > 0) {
        ranges.add(r);
      }
    }
    ranges.sort(
        Comparator.comparingDouble(Range::weight).reversed().thenComparingInt(Range::position));
    for (Range r : ranges) {
      if ("zh".equals(r.language())) {
        return Messages.CHINESE;
      }
      if ("en".equals(r.language())) {
        return Messages.ENGLISH;
      }
    }
    return Messages.ENGLISH;
  }

  private record Range(String language, double weight, int position) {
    static Range read(String part, int position) {
      String[] pieces = part.split(";", -1);
      String tag = pieces[0].trim();
      int dash = tag.indexOf('-');
      String language = (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
      double weight = 1;
      for (int i = 1; i < pieces.length; i++) {
        String p = pieces[i].trim();
        if (p.startsWith("q=") || p.startsWith("Q=")) {
          try {
            weight = Double.parseDouble(p.substring(2).trim());
          } catch (NumberFormatException unreadable) {
            return null;
          }
          if (!(weight >= 0 && weight <= 1)) {
            return null;
          }
        }
      }
      return new Range(language, weight, position);
    }
  }
}
