package org.clinbridge.funding.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the fund's commands. Amounts are CNY with at most two decimals. */
public final class FundForms {
  private FundForms() {}

  @Schema(name = "NewFundPool")
  public record NewPoolForm(
      @NotNull @Valid Bilingual name,
      @Schema(example = "20000000.00")
          @NotNull
          @DecimalMin(value = "0.01")
          @Digits(integer = 16, fraction = 2)
          BigDecimal total,
      @NotNull LocalDate periodStart,
      @NotNull LocalDate periodEnd) {}

  @Schema(name = "FundPoolChange", description = "Name and period; the total is fixed")
  public record PoolForm(
      @NotNull @Valid Bilingual name,
      @NotNull LocalDate periodStart,
      @NotNull LocalDate periodEnd) {}

  @Schema(name = "TrancheForm")
  public record TrancheForm(
      @NotNull UUID milestoneId,
      @NotNull @DecimalMin(value = "0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount) {}

  @Schema(name = "Award", description = "A grant is the sum of its tranches")
  public record AwardForm(
      @NotNull UUID projectId,
      @Schema(description = "Default today") LocalDate awardedOn,
      @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid TrancheForm> tranches) {}
}
