package org.clinbridge.platform.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import org.clinbridge.platform.problem.Problem;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violation;
import org.clinbridge.platform.problem.Violations;

/**
 * Shows a failed action on a page with the very texts the API answers: Bean Validation messages and
 * problem titles, details and field messages, in the session's language. A field message goes
 * beside the input whose id is the field's JSON path with dots as underscores ({@code name.zh} is
 * input {@code name_zh}); anything else goes to the top of the page.
 */
@RequestScoped
public class PageMessages {
  @Inject Language language;

  /** Shows the failure and returns null, so an action can {@code return messages.show(...)}. */
  public String show(String formId, RuntimeException failure) {
    Locale locale = language.getLocale();
    if (failure instanceof ConstraintViolationException cve) {
      fields(formId, Violations.of(cve.getConstraintViolations(), locale));
    } else if (failure instanceof ProblemException problem) {
      List<Violation> violations = Violations.of(problem, locale);
      if (violations.isEmpty()) {
        Problem p = Violations.problem(problem, locale);
        error(null, p.title(), p.detail());
      } else {
        fields(formId, violations);
      }
    } else {
      throw failure;
    }
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }

  /**
   * A message of the page's own beside a field (a check only a page makes, such as a repeated
   * password), shown as the API's field messages are; returns null like {@link #show}.
   */
  public String field(String formId, String field, String text) {
    fields(formId, List.of(new Violation(field, text)));
    FacesContext.getCurrentInstance().validationFailed();
    return null;
  }

  /** A confirmation at the top of the page that survives a redirect. */
  public void info(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private void fields(String formId, List<Violation> violations) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Violation v : violations) {
      UIComponent input =
          faces.getViewRoot().findComponent(":" + formId + ":" + v.field().replace('.', '_'));
      if (input != null) {
        if (input instanceof UIInput field
            && (field.getValue() == null || field.getValue() instanceof String)) {
          // Marks a text input itself, as a failed conversion would (PrimeFaces shows it in red);
          // an invalid input renders its submitted value, so give it back what the person typed.
          Object typed = field.getValue();
          field.setValid(false);
          field.setSubmittedValue(typed);
        }
        error(input.getClientId(faces), v.message(), null);
      } else {
        error(null, v.field() + ": " + v.message(), null);
      }
    }
  }

  private static void error(String clientId, String summary, String detail) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
  }
}
