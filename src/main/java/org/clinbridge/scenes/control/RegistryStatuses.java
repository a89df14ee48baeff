package org.clinbridge.scenes.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinbridge.scenes.entity.Progress;

/**
 * Registry status words onto scene progress. Registries spell the same status many ways ({@code
 * ACTIVE_NOT_RECRUITING}, {@code Active, not recruiting}, {@code Not Recruiting} next to {@code Not
 * recruiting}), so a status is compared by its letters only, case ignored.
 */
public final class RegistryStatuses {
  /** ICTRP's "not recruiting" says neither "not yet" nor "no longer"; the reader decides. */
  public static final String NOT_RECRUITING = "NOT_RECRUITING";

  private static final Map<String, Progress> KNOWN =
      Map.ofEntries(
          Map.entry("IN_REVIEW", Progress.IN_REVIEW),
          Map.entry("PENDING", Progress.IN_REVIEW),
          Map.entry("APPROVED", Progress.APPROVED),
          Map.entry("AUTHORISED", Progress.APPROVED),
          Map.entry("AUTHORIZED", Progress.APPROVED),
          Map.entry("NOT_YET_RECRUITING", Progress.NOT_YET_RECRUITING),
          Map.entry("RECRUITING", Progress.RECRUITING),
          Map.entry("ENROLLING_BY_INVITATION", Progress.ENROLLING_BY_INVITATION),
          Map.entry("ACTIVE_NOT_RECRUITING", Progress.ACTIVE_NOT_RECRUITING),
          Map.entry("SUSPENDED", Progress.TEMPORARILY_CLOSED),
          Map.entry("TEMPORARILY_CLOSED", Progress.TEMPORARILY_CLOSED),
          Map.entry("TEMPORARILY_HALTED", Progress.TEMPORARILY_CLOSED),
          Map.entry("COMPLETED", Progress.COMPLETED),
          Map.entry("TERMINATED", Progress.TERMINATED),
          Map.entry("STOPPED", Progress.TERMINATED),
          Map.entry("WITHDRAWN", Progress.WITHDRAWN));

  private RegistryStatuses() {}

  /** {@code Active, not recruiting} and {@code active_not_recruiting} both give the same key. */
  public static String key(String text) {
    if (text == null) {
      return "";
    }
    return text.strip()
        .toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z]+", "_")
        .replaceAll("^_+|_+$", "");
  }

  public static Optional<Progress> progress(String text) {
    return Optional.ofNullable(KNOWN.get(key(text)));
  }
}
