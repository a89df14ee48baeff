package org.clinbridge.testing;

import java.util.concurrent.ThreadLocalRandom;
import org.clinbridge.organisations.entity.Uscc;

/**
 * Valid random unified social credit codes (GB 32100-2015) for tests that register organisations:
 * each call gives a fresh code with a correct check character, so tests never collide on the unique
 * USCC. {@link #withWrongCheck} gives one whose check character is wrong.
 */
public final class Usccs {
  private Usccs() {}

  /** A valid random code: a plausible registration-authority prefix, random body, check char. */
  public static String random() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    // 9 = market regulator, 1 = enterprise; 500106 = an administrative division code.
    StringBuilder sb = new StringBuilder("91500106");
    for (int i = 0; i < 9; i++) {
      sb.append(Uscc.ALPHABET.charAt(r.nextInt(Uscc.ALPHABET.length())));
    }
    return sb.toString() + Uscc.checkCharacter(sb.toString());
  }

  /** A code that is valid except for its 18th character. */
  public static String withWrongCheck() {
    String valid = random();
    char right = valid.charAt(17);
    char wrong = Uscc.ALPHABET.charAt((Uscc.ALPHABET.indexOf(right) + 1) % Uscc.ALPHABET.length());
    return valid.substring(0, 17) + wrong;
  }
}
