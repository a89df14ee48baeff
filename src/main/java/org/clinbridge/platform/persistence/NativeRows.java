package org.clinbridge.platform.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

/**
 * Reading the columns of a native query's {@code Object[]} rows the same way on PostgreSQL and H2,
 * whose drivers answer a count as {@code Long} or {@code BigDecimal}, a sum as {@code BigDecimal}
 * or {@code Double}, and a date as {@code java.sql.Date} or {@code LocalDate}.
 */
public final class NativeRows {
  private NativeRows() {}

  /** A count or any whole number; 0 for SQL null (a count over no rows, a sum of nothing). */
  public static long count(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  /** A real number, null for SQL null (a percentile or average of nothing). */
  public static Double real(Object o) {
    return o == null ? null : ((Number) o).doubleValue();
  }

  /** An amount of money; zero for SQL null. */
  public static BigDecimal amount(Object o) {
    if (o == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    return o instanceof BigDecimal b
        ? b.setScale(2)
        : BigDecimal.valueOf(((Number) o).doubleValue())
            .setScale(2, java.math.RoundingMode.HALF_UP);
  }

  /** A date column. */
  public static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
  }

  /** A timestamp-with-time-zone column as an instant. */
  public static java.time.Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    if (o instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.Instant i) {
      return i;
    }
    if (o instanceof java.time.ZonedDateTime z) {
      return z.toInstant();
    }
    throw new IllegalArgumentException("not a timestamp: " + o.getClass());
  }

  /** A uuid column (PostgreSQL answers a UUID, H2 may answer its text). */
  public static java.util.UUID uuid(Object o) {
    if (o == null) {
      return null;
    }
    return o instanceof java.util.UUID u ? u : java.util.UUID.fromString(o.toString());
  }

  /** A text column, null kept. */
  public static String text(Object o) {
    return o == null ? null : o.toString();
  }
}
