package org.clinbridge.platform.persistence;

/**
 * LIKE patterns from what a person typed. The wildcards they typed are escaped with backslash, the
 * default escape character of both PostgreSQL and H2, so "50%" finds "50%" and not "500".
 */
public final class Like {
  private Like() {}

  /** A pattern that matches {@code text} anywhere; {@code null} for no or blank text. */
  public static String containing(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
