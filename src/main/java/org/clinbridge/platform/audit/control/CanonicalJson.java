package org.clinbridge.platform.audit.control;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Writes the old and new values of a change as JSON that depends only on the values, never on map
 * iteration order or the JSON library in use: object keys sorted, record components as objects,
 * enums by name, decimals exact and without exponent, date-times as UTC instants, non-ASCII text as
 * it is. The text is stored in the audit entry and covered by its hash.
 *
 * <p>Hand-written rather than JSON-B because JSON-B leaves map order and number formatting to the
 * implementation, and this text is part of what an auditor recomputes.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** The JSON text of {@code values}, or {@code null} for {@code null}. */
  public static String of(Map<String, ?> values) {
    if (values == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    write(values, out);
    return out.toString();
  }

  static String valueOf(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object v, StringBuilder out) {
    if (v instanceof Optional<?> o) {
      v = o.orElse(null);
    }
    if (v == null) {
      out.append("null");
    } else if (v instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (v instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (v instanceof BigInteger
        || v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      out.append(v);
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isFinite(d)) {
        out.append(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
      } else {
        string(Double.toString(d), out);
      }
    } else if (v instanceof Enum<?> e) {
      string(e.name(), out);
    } else if (v instanceof TemporalAccessor t) {
      string(temporal(t), out);
    } else if (v instanceof Map<?, ?> m) {
      object(m, out);
    } else if (v instanceof Set<?> s && !(s instanceof SortedSet)) {
      // An unordered set has no order of its own: order its members by their JSON text.
      List<String> members = new ArrayList<>();
      for (Object member : s) {
        members.add(valueOf(member));
      }
      members.sort(null);
      out.append('[').append(String.join(",", members)).append(']');
    } else if (v instanceof Collection<?> c) {
      array(c, out);
    } else if (v.getClass().isArray()) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(v); i++) {
        items.add(Array.get(v, i));
      }
      array(items, out);
    } else if (v.getClass().isRecord()) {
      object(components(v), out);
    } else {
      // Strings, UUIDs, business keys and anything else that says what it is by its text.
      string(v.toString(), out);
    }
  }

  private static String temporal(TemporalAccessor t) {
    if (t instanceof OffsetDateTime odt) {
      return DateTimeFormatter.ISO_INSTANT.format(odt.toInstant());
    }
    if (t instanceof ZonedDateTime zdt) {
      return DateTimeFormatter.ISO_INSTANT.format(zdt.toInstant());
    }
    if (t instanceof Instant i) {
      return DateTimeFormatter.ISO_INSTANT.format(i.atOffset(ZoneOffset.UTC));
    }
    return t.toString();
  }

  private static void object(Map<?, ?> m, StringBuilder out) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      sorted.put(String.valueOf(e.getKey()), e.getValue());
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : sorted.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(e.getKey(), out);
      out.append(':');
      write(e.getValue(), out);
    }
    out.append('}');
  }

  private static void array(Collection<?> c, StringBuilder out) {
    out.append('[');
    boolean first = true;
    for (Object item : c) {
      if (!first) {
        out.append(',');
      }
      first = false;
      write(item, out);
    }
    out.append(']');
  }

  private static Map<String, Object> components(Object record) {
    Map<String, Object> values = new TreeMap<>();
    for (RecordComponent rc : record.getClass().getRecordComponents()) {
      try {
        rc.getAccessor().setAccessible(true);
        values.put(rc.getName(), rc.getAccessor().invoke(record));
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        throw new IllegalArgumentException(
            "Cannot read " + rc.getName() + " of " + record.getClass().getName(), e);
      }
    }
    return values;
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
