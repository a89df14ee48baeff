package org.clinbridge.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being served on this thread: taken from the caller's {@code X-Request-Id}
 * when it is a sane token, otherwise generated. It is echoed in the response, written into every
 * log line and stored with audit entries, so one id follows a request through all of them.
 */
public final class RequestId {
  public static final String HEADER = "X-Request-Id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestId() {}

  /** The current request's id, or {@code null} outside a request. */
  public static String current() {
    return CURRENT.get();
  }

  static String accept(String offered) {
    return offered != null && SANE.matcher(offered).matches()
        ? offered
        : UUID.randomUUID().toString();
  }

  static void set(String id) {
    CURRENT.set(id);
  }

  static void clear() {
    CURRENT.remove();
  }
}
