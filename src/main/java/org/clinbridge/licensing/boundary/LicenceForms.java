package org.clinbridge.licensing.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.clinbridge.licensing.entity.ApplicationState;
import org.clinbridge.licensing.entity.ApplicationType;
import org.clinbridge.licensing.entity.CertificateState;
import org.clinbridge.licensing.entity.ClinicalEvaluationPath;
import org.clinbridge.licensing.entity.CorrespondenceKind;
import org.clinbridge.licensing.entity.DocumentState;
import org.clinbridge.licensing.entity.Origin;
import org.clinbridge.licensing.entity.Route;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.reference.entity.DeviceClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the licensing commands. */
public final class LicenceForms {
  private LicenceForms() {}

  @Schema(
      name = "NewLicenceApplication",
      description = "The authority is derived from route, type, class and origin, never sent")
  public record NewApplicationForm(
      @NotNull ApplicationType type,
      @NotNull Route route,
      @Schema(description = "NMPA class; required on the NMPA route") DeviceClass deviceClass,
      @Schema(description = "Default DOMESTIC") Origin origin,
      @NotNull @Valid Bilingual product,
      @Schema(description = "FDA product code, for the FDA routes", example = "DQA") @Size(max = 3)
          String fdaProductCode) {}

  @Schema(name = "LicenceApplicationChange")
  public record ApplicationForm(
      @NotNull @Valid Bilingual product,
      @Schema(description = "The authority's number for the application") @Size(max = 100)
          String authorityReference) {}

  @Schema(
      name = "LicenceMove",
      description =
          "NOT_ACCEPTED, REFUSED, WITHDRAWN and ON_HOLD need a reason; the supplement states are"
              + " reached through correspondence")
  public record MoveForm(
      @NotNull ApplicationState to,
      @Schema(description = "The date of the step (the authority's date); default today")
          LocalDate on,
      @Size(max = 2000) String reason,
      @Schema(description = "The authority's number, e.g. given on acceptance") @Size(max = 100)
          String authorityReference) {}

  @Schema(name = "LicenceDocumentChange")
  public record DocumentForm(
      @NotNull DocumentState state,
      @Schema(description = "For the clinical evaluation") ClinicalEvaluationPath evaluationPath,
      @Schema(description = "Where the document is kept") @Size(max = 500) String reference,
      @Schema(description = "Required for NOT_APPLICABLE: why") @Size(max = 2000) String note) {}

  @Schema(name = "NewCorrespondence")
  public record CorrespondenceForm(
      @NotNull CorrespondenceKind kind,
      @Schema(description = "Sent or received on; default today") LocalDate on,
      @NotBlank @Size(max = 500) String subject,
      @Size(max = 10000) String body,
      @Size(max = 100) String authorityReference) {}

  @Schema(name = "NewCertificate")
  public record NewCertificateForm(
      @Schema(example = "沪械注准20212040585") @NotBlank @Size(max = 40) String number,
      @NotBlank @Size(max = 200) String holder,
      @NotNull @Valid Bilingual product,
      @Schema(description = "If given, must match the number's class") DeviceClass deviceClass,
      @NotNull LocalDate issuedOn,
      @Schema(description = "Default 18 months before expiry") LocalDate alertOn,
      @Schema(description = "The application that led to it, if recorded here") UUID application) {}

  @Schema(
      name = "CertificateMove",
      description =
          "RENEWAL_SUBMITTED, SUSPENDED, ACTIVE (reinstated, or renewal withdrawn), EXPIRED"
              + " (renewal refused), CANCELLED, ARCHIVED; all but RENEWAL_SUBMITTED need a reason")
  public record CertificateMoveForm(
      @NotNull CertificateState to, LocalDate on, @Size(max = 2000) String reason) {}

  @Schema(name = "CertificateRenewal", description = "The renewed number keeps year and serial")
  public record RenewalForm(
      @NotBlank @Size(max = 40) String number, @NotNull LocalDate decidedOn) {}
}
