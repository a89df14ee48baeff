package org.clinbridge.ip.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.clinbridge.ip.entity.DeclineReason;
import org.clinbridge.ip.entity.PatentKind;
import org.clinbridge.ip.entity.PatentStatus;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.BilingualParagraph;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of patent, listing and matching commands. */
public final class PatentForms {
  private PatentForms() {}

  @Schema(
      name = "NewPatent",
      description =
          "A patent as the office records it. With publishedOn (inventions) and grantedOn the"
              + " patent is recorded as published or granted on those dates.")
  public record NewPatentForm(
      @Schema(example = "CN202310123456.7") @NotBlank @Size(max = 40) String number,
      @NotNull @Valid Bilingual title,
      @NotNull PatentKind kind,
      @NotNull LocalDate filedOn,
      LocalDate publishedOn,
      LocalDate grantedOn,
      @NotBlank @Size(max = 200) String holder,
      @Schema(description = "A search report confirms novelty and inventiveness")
          Boolean searchReport) {}

  @Schema(name = "PatentPublication")
  public record PublicationForm(@NotNull LocalDate publishedOn, Boolean searchReport) {}

  @Schema(name = "PatentGrant")
  public record GrantForm(@NotNull LocalDate grantedOn) {}

  @Schema(name = "PatentEnd", description = "REJECTED, WITHDRAWN or LAPSED")
  public record EndForm(@NotNull PatentStatus status, @NotNull LocalDate on) {}

  @Schema(name = "NewTechnologyListing")
  public record NewListingForm(
      @NotNull UUID projectId,
      @NotNull @Valid Bilingual title,
      @NotNull @Valid BilingualParagraph summary) {}

  @Schema(name = "InterestForm")
  public record InterestForm(@Size(max = 2000) String note) {}

  @Schema(name = "Decline", description = "OTHER needs a note")
  public record DeclineForm(@NotNull DeclineReason reason, @Size(max = 2000) String note) {}
}
