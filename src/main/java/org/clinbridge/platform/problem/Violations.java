package org.clinbridge.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinbridge.platform.i18n.Messages;

/**
 * Turns failures into the field messages a person reads, in their language. The API's exception
 * mappers and the web pages both use it, so a field at fault reads the same in a problem+json
 * response and beside a form input.
 */
public final class Violations {
  // The default factory: what JAX-RS validates bodies with, and the interpolator; built once.
  private static final ValidatorFactory VALIDATOR_FACTORY =
      Validation.buildDefaultValidatorFactory();

  private Violations() {}

  /**
   * Validates a form record as JAX-RS validates a {@code @Valid} body, for callers that are not
   * JAX-RS (the web pages); throws the same {@link ConstraintViolationException}.
   */
  public static <T> T valid(T form) {
    Set<ConstraintViolation<T>> violations = VALIDATOR_FACTORY.getValidator().validate(form);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return form;
  }

  /** Bean Validation failures, each named by its JSON path, sorted by field then message. */
  public static List<Violation> of(
      Collection<? extends ConstraintViolation<?>> constraintViolations, Locale locale) {
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<?> cv : constraintViolations) {
      violations.add(new Violation(fieldOf(cv.getPropertyPath()), message(cv, locale)));
    }
    violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
    return violations;
  }

  /**
   * The field messages of a problem: the one field of a single-field 400, else the violations the
   * problem carries (none for a problem that is not about fields).
   */
  public static List<Violation> of(ProblemException e, Locale locale) {
    if (e instanceof ProblemException.InvalidFieldException invalid) {
      return List.of(
          new Violation(
              invalid.field(),
              Messages.problems(locale).text(invalid.detailKey(), invalid.args())));
    }
    return e.violations();
  }

  /** A problem's title and detail in {@code locale}, as the API writes them. */
  public static Problem problem(ProblemException e, Locale locale) {
    return ProblemResponses.problem(
        locale, e.status(), e.slug(), e.detailKey(), e.args(), e.violations(), null, null);
  }

  static final String DEFAULT_SIZE = "{jakarta.validation.constraints.Size.message}";

  /**
   * The violation's message template, with the validator's generic size message ("size must be
   * between 0 and 250", "个数必须在0和250之间") replaced by one a person reads: at most 250 characters, at
   * least 2 items, 1 to 64 characters (ValidationMessages.properties).
   */
  static String template(ConstraintViolation<?> cv) {
    String template = cv.getMessageTemplate();
    if (!DEFAULT_SIZE.equals(template)
        || !(cv.getConstraintDescriptor().getAnnotation()
            instanceof jakarta.validation.constraints.Size size)) {
      return template;
    }
    String unit = cv.getInvalidValue() instanceof CharSequence ? "characters" : "items";
    String bound;
    if (size.min() == 0) {
      bound = "at-most";
    } else if (size.max() == Integer.MAX_VALUE) {
      bound = "at-least";
    } else {
      bound = "between";
    }
    return "{clinbridge.size." + bound + "." + unit + "}";
  }

  private static String message(ConstraintViolation<?> cv, Locale locale) {
    MessageInterpolator interpolator = VALIDATOR_FACTORY.getMessageInterpolator();
    return interpolator.interpolate(
        template(cv),
        new MessageInterpolator.Context() {
          @Override
          public ConstraintDescriptor<?> getConstraintDescriptor() {
            return cv.getConstraintDescriptor();
          }

          @Override
          public Object getValidatedValue() {
            return cv.getInvalidValue();
          }

          @Override
          public <T> T unwrap(Class<T> type) {
            return cv.unwrap(type);
          }
        },
        locale);
  }

  /**
   * Turns {@code create.form.name.zh} (method, parameter, properties) into {@code name.zh}: the
   * path a client sees in its own JSON. A violated query or path parameter is named by itself.
   */
  static String fieldOf(Path path) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getKind() == ElementKind.RETURN_VALUE || node.getName() == null) {
        continue;
      }
      String name = node.getName();
      if (node.getIndex() != null) {
        names.add(name + "[" + node.getIndex() + "]");
      } else {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      return parameter == null ? "" : parameter;
    }
    return String.join(".", names);
  }
}
