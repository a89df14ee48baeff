package org.clinbridge.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bean Validation failures: a 400 naming each field at fault, with the message re-interpolated in
 * the caller's language (the validator itself only knows the server's default locale).
 */
@Provider
public class ValidationExceptionMapper extends ProblemMapper<ConstraintViolationException> {
  // Used for message interpolation only, so the default factory is all we need; built once.
  private static final ValidatorFactory VALIDATOR_FACTORY =
      Validation.buildDefaultValidatorFactory();

  @Override
  public Response toResponse(ConstraintViolationException e) {
    Locale locale = locale();
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<?> cv : e.getConstraintViolations()) {
      violations.add(new Violation(fieldOf(cv.getPropertyPath()), message(cv, locale)));
    }
    violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
    return respond(400, "validation", violations, "validation.detail", violations.size());
  }

  private String message(ConstraintViolation<?> cv, Locale locale) {
    MessageInterpolator interpolator = VALIDATOR_FACTORY.getMessageInterpolator();
    return interpolator.interpolate(
        cv.getMessageTemplate(),
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
