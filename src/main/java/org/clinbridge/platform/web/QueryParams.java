package org.clinbridge.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clinbridge.platform.problem.ProblemException;

/**
 * Query and path parameters read by hand, since Bean Validation on them breaks Payara's OpenAPI
 * scanner: an unset value is null, a value that does not parse is a 400 naming the parameter and,
 * for an enum, every value it may take. One place, so every list answers a bad filter alike.
 */
public final class QueryParams {
  private QueryParams() {}

  /** The enum constant named by {@code value}, in any letter case. */
  public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(name, "filter.one-of", names(type));
    }
  }

  /** The constants of {@code type}, as a refusal lists them. */
  public static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** A public id given as a filter; an id that is no UUID is the client's mistake. */
  public static UUID uuid(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(name, "filter.one-of", "UUID");
    }
  }
}
