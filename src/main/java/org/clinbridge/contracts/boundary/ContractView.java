package org.clinbridge.contracts.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinbridge.contracts.entity.ContractState;
import org.clinbridge.contracts.entity.ContractType;
import org.clinbridge.contracts.entity.TechnologyContract;
import org.clinbridge.platform.i18n.Bilingual;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A technology contract with its registration, and where its review deadline stands today. */
@Schema(name = "TechnologyContract")
public record ContractView(
    UUID id,
    ProjectRef project,
    ContractType type,
    Bilingual title,
    List<ContractForms.PartyForm> parties,
    BigDecimal amount,
    LocalDate signedOn,
    ContractState state,
    LocalDate submittedOn,
    LocalDate reviewStartedOn,
    @Schema(description = "The day the registration decision is due") LocalDate reviewDueOn,
    @Schema(description = "Days left to the deadline while under review; negative when past")
        Long reviewDaysLeft,
    boolean reviewOverdue,
    LocalDate decidedOn,
    String registrationNumber,
    BigDecimal certifiedIncome,
    @Schema(description = "What the office asked to correct when it last sent the contract back")
        String returnedReason,
    LocalDate returnedOn,
    String notRegisteredReason,
    long version) {

  @Schema(name = "ContractProjectRef")
  public record ProjectRef(UUID id, String code, Bilingual title) {}

  static ContractView of(TechnologyContract c, LocalDate today) {
    return new ContractView(
        c.publicId(),
        new ProjectRef(c.project().publicId(), c.project().code(), c.project().title().view()),
        c.type(),
        c.title().view(),
        c.parties().stream().map(ContractForms.PartyForm::of).toList(),
        c.amount(),
        c.signedOn(),
        c.state(),
        c.submittedOn(),
        c.reviewStartedOn(),
        c.reviewDueOn(),
        c.reviewDaysLeft(today),
        c.reviewOverdue(today),
        c.decidedOn(),
        c.registrationNumber(),
        c.certifiedIncome(),
        c.returnedReason(),
        c.returnedOn(),
        c.notRegisteredReason(),
        c.version());
  }
}
