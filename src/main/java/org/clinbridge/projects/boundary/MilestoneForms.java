package org.clinbridge.projects.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.projects.entity.ReviewDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of milestone commands. */
public final class MilestoneForms {
  private MilestoneForms() {}

  @Schema(name = "NewMilestone")
  public record NewMilestoneForm(
      @NotNull @Valid Bilingual title,
      @NotNull LocalDate plannedOn,
      @NotNull LocalDate dueOn,
      @Schema(description = "The person responsible") @NotBlank @Size(max = 200)
          String responsible) {}

  @Schema(name = "MilestoneChange", description = "An open milestone's title, due date, person")
  public record MilestoneForm(
      @NotNull @Valid Bilingual title,
      @NotNull LocalDate dueOn,
      @NotBlank @Size(max = 200) String responsible) {}

  @Schema(name = "MilestoneReached")
  public record ReachForm(
      @NotNull LocalDate reachedOn, @NotBlank @Size(max = 500) String evidence) {}

  @Schema(name = "MilestoneCancellation")
  public record CancelForm(@NotBlank @Size(max = 2000) String reason) {}

  @Schema(
      name = "MilestoneReviewForm",
      description = "GO_WITH_CONDITIONS and NO_GO need a note with the conditions or reasons")
  public record ReviewForm(
      @NotNull ReviewDecision decision,
      @Size(max = 2000) String note,
      @Schema(description = "Default today") LocalDate reviewedOn) {}
}
