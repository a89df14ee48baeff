package org.clinbridge.organisations.entity;

import java.util.Optional;
import org.clinbridge.platform.problem.ProblemException;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from digits and
 * upper-case letters without I, O, S, V and Z, the last a check character over the first 17. {@link
 * #check} says exactly what is wrong, so the client can be told which character to fix.
 */
public final class Uscc {
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  public static final int LENGTH = 18;

  private Uscc() {}

  /**
   * What is wrong with a candidate code, or empty when it is valid.
   *
   * @param position 1-based position of the offending character (0 for a wrong length)
   * @param found the character there
   * @param expected the check character that belongs there (only for {@link Kind#CHECK})
   */
  public record Problem(Kind kind, int position, char found, char expected) {}

  public enum Kind {
    /** Not 18 characters long. */
    LENGTH,
    /** A character outside the alphabet (lower case, I, O, S, V, Z, punctuation...). */
    CHARACTER,
    /** The 18th character does not match the first 17. */
    CHECK
  }

  public static Optional<Problem> check(String code) {
    if (code == null || code.length() != LENGTH) {
      return Optional.of(new Problem(Kind.LENGTH, 0, ' ', ' '));
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return Optional.of(new Problem(Kind.CHARACTER, i + 1, code.charAt(i), ' '));
      }
    }
    char expected = checkCharacter(code.substring(0, 17));
    if (code.charAt(17) != expected) {
      return Optional.of(new Problem(Kind.CHECK, 18, code.charAt(17), expected));
    }
    return Optional.empty();
  }

  /** Returns a valid code unchanged; otherwise a 400 naming {@code uscc} and what to fix. */
  public static String require(String code) {
    Optional<Problem> p = check(code);
    if (p.isEmpty()) {
      return code;
    }
    Problem problem = p.get();
    throw switch (problem.kind()) {
      case LENGTH ->
          ProblemException.invalidField("uscc", "uscc.length", code == null ? 0 : code.length());
      case CHARACTER ->
          ProblemException.invalidField(
              "uscc", "uscc.character", problem.position(), String.valueOf(problem.found()));
      case CHECK ->
          ProblemException.invalidField(
              "uscc",
              "uscc.check",
              String.valueOf(problem.found()),
              String.valueOf(problem.expected()));
    };
  }

  public static boolean isValid(String code) {
    return check(code).isEmpty();
  }

  /** The check character for the first 17 characters: 31 - (weighted sum mod 31), 31 -> 0. */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("Need the first 17 characters, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("Not a USCC character: " + first17.charAt(i));
      }
      sum += v * WEIGHTS[i];
    }
    int c = 31 - sum % 31;
    return ALPHABET.charAt(c == 31 ? 0 : c);
  }
}
