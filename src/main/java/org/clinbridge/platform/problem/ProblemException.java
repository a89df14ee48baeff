package org.clinbridge.platform.problem;

import java.util.List;

/**
 * A failure a client can act on. Domain exceptions extend it so that each carries its own stable
 * problem type (the slug), HTTP status and message key; {@link ProblemResponses} turns it into an
 * RFC 9457 response in the caller's language.
 *
 * <p>The message key names an entry in the {@code i18n/problems} bundle: {@code <slug>.title} for
 * the title and {@code detailKey} (default {@code <slug>.detail}) formatted with {@code args}.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String slug;
  private final String detailKey;
  private final transient Object[] args;
  private final transient List<Violation> violations;

  public ProblemException(int status, String slug, String detailKey, Object... args) {
    this(status, slug, detailKey, List.of(), args);
  }

  public ProblemException(
      int status, String slug, String detailKey, List<Violation> violations, Object... args) {
    super(slug + ": " + detailKey);
    this.status = status;
    this.slug = slug;
    this.detailKey = detailKey;
    this.args = args.clone();
    this.violations = List.copyOf(violations);
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(404, "not-found", "not-found.detail.record", what, id);
  }

  /** 403: the caller may see the record or the operation exists for them, but not this change. */
  public static ProblemException forbidden() {
    return new ProblemException(403, "forbidden", "forbidden.detail");
  }

  /** A single-field 400 whose message comes from the bundle, e.g. a bad check character. */
  public static ProblemException invalidField(String field, String messageKey, Object... args) {
    return new InvalidFieldException(field, messageKey, args);
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String detailKey() {
    return detailKey;
  }

  public Object[] args() {
    return args.clone();
  }

  public List<Violation> violations() {
    return violations;
  }

  /** Response headers this failure needs, e.g. {@code Retry-After} for a 429; none by default. */
  public java.util.Map<String, String> headers() {
    return java.util.Map.of();
  }

  /**
   * A 400 naming one field; its message is translated when the response is written, so the field
   * message follows the caller's language like every other text.
   */
  public static final class InvalidFieldException extends ProblemException {
    private final String field;

    InvalidFieldException(String field, String messageKey, Object... args) {
      super(400, "validation", messageKey, args);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }
}
