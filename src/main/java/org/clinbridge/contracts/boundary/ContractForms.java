package org.clinbridge.contracts.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clinbridge.contracts.entity.ContractParty;
import org.clinbridge.contracts.entity.ContractType;
import org.clinbridge.contracts.entity.PartyRole;
import org.clinbridge.platform.i18n.Bilingual;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of contract commands. */
public final class ContractForms {
  private ContractForms() {}

  @Schema(name = "ContractParty")
  public record PartyForm(
      @NotNull PartyRole role,
      @NotBlank @Size(max = 200) String name,
      @Schema(description = "Unified social credit code, where the party has one")
          @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}")
          String uscc) {
    ContractParty party() {
      return new ContractParty(role, name, uscc);
    }

    static PartyForm of(ContractParty p) {
      return new PartyForm(p.role(), p.name(), p.uscc());
    }
  }

  @Schema(name = "ContractDraft", description = "A contract as its draft is written")
  public record ContractForm(
      @NotNull ContractType type,
      @NotNull @Valid Bilingual title,
      @NotNull @Size(min = 2, max = 10) List<@NotNull @Valid PartyForm> parties,
      @Schema(description = "CNY") @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2)
          BigDecimal amount,
      @NotNull LocalDate signedOn) {
    List<ContractParty> partyList() {
      return parties.stream().map(PartyForm::party).toList();
    }
  }

  @Schema(name = "ContractRegistration")
  public record RegistrationForm(
      @NotBlank @Size(max = 40) String registrationNumber,
      @Schema(description = "Certified technical income, CNY, at most the amount")
          @NotNull
          @DecimalMin("0.00")
          @Digits(integer = 16, fraction = 2)
          BigDecimal certifiedIncome) {}

  @Schema(name = "ContractRefusal")
  public record RefusalForm(@NotBlank @Size(max = 2000) String reason) {}
}
