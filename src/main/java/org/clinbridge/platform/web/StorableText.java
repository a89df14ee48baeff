package org.clinbridge.platform.web;

/**
 * Text PostgreSQL can store. A {@code text} column refuses U+0000, and a lone UTF-16 surrogate has
 * no UTF-8 form, so either one reaching a query was a 500; the request checks ({@link
 * JsonBodyCheck}, {@link ParameterCheck}) and the CSV imports refuse such text with a 400 naming
 * where it was instead.
 */
public final class StorableText {
  /** The problems-bundle key of the field message for text that cannot be stored. */
  public static final String MESSAGE_KEY = "validation.unstorable-character";

  private StorableText() {}

  public static boolean storable(CharSequence text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
