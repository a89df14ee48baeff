package org.clinbridge.scenes;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI's FHIR R4 instance validator with the R4 profiles and code systems shipped in
 * hapi-fhir-validation-resources-r4: no terminology server, nothing fetched. Built once per test
 * JVM, since loading the profiles takes seconds.
 */
public final class FhirR4Validation {
  private static FhirValidator validator;

  private FhirR4Validation() {}

  private static synchronized FhirValidator validator() {
    if (validator == null) {
      FhirContext ctx = FhirContext.forR4Cached();
      ValidationSupportChain chain =
          new ValidationSupportChain(
              new DefaultProfileValidationSupport(ctx),
              new InMemoryTerminologyServerValidationSupport(ctx),
              new CommonCodeSystemsTerminologyService(ctx));
      validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }
    return validator;
  }

  /** The errors (and fatal errors) HAPI finds in a resource given as FHIR JSON. */
  public static List<String> errors(String json) {
    return validator().validateWithResult(json).getMessages().stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(FhirR4Validation::describe)
        .toList();
  }

  private static String describe(SingleValidationMessage m) {
    return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
  }
}
