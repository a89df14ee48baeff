package org.clinbridge.platform.problem;

/**
 * Recognises a request body that could not be parsed as JSON or bound to the expected record,
 * wherever in the cause chain Jersey and Yasson put it.
 */
final class MalformedBody {
  private MalformedBody() {}

  static boolean isMalformed(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String name = c.getClass().getName();
      if (name.equals("jakarta.json.bind.JsonbException")
          || name.equals("jakarta.json.JsonException")
          || name.equals("jakarta.json.stream.JsonParsingException")) {
        return true;
      }
    }
    return false;
  }
}
