package org.clinbridge.projects.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinbridge.projects.entity.Evidence;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.projects.entity.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of a project's lifecycle commands. */
public final class MoveForms {
  private MoveForms() {}

  @Schema(
      name = "StageMove",
      description =
          "Forward to the next stage with the evidence its gate asks for; back to an earlier stage"
              + " with a reason")
  public record StageMoveForm(
      @NotNull Stage to,
      @Size(max = 2000) String reason,
      @Valid @Size(max = 20) List<@NotNull @Valid EvidenceForm> evidence) {
    List<Evidence> evidenceList() {
      return evidence == null ? List.of() : evidence.stream().map(EvidenceForm::evidence).toList();
    }
  }

  @Schema(
      name = "StatusChange",
      description =
          "ON_HOLD and TERMINATED need a reason; GRADUATED needs the graduation gate's evidence")
  public record StatusChangeForm(
      @NotNull ProjectStatus to,
      @Size(max = 2000) String reason,
      @Valid @Size(max = 20) List<@NotNull @Valid EvidenceForm> evidence) {
    List<Evidence> evidenceList() {
      return evidence == null ? List.of() : evidence.stream().map(EvidenceForm::evidence).toList();
    }
  }

  @Schema(name = "TrlAssessmentForm")
  public record TrlForm(
      @NotNull @Min(1) @Max(9) Integer level,
      @NotNull LocalDate assessedOn,
      @NotBlank @Size(max = 500) String evidence,
      @Size(max = 2000) String note) {}

  @Schema(name = "ManagerAssignment", description = "The technology manager; null unassigns")
  public record ManagerForm(UUID managerId) {}

  @Schema(name = "Findability")
  public record FindableForm(@NotNull Boolean findable) {}
}
