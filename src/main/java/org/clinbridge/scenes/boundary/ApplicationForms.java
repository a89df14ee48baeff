package org.clinbridge.scenes.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.clinbridge.scenes.entity.Participation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the application use cases. */
public final class ApplicationForms {
  private ApplicationForms() {}

  @Schema(name = "ApplicationForm")
  public record Apply(
      @NotNull @Schema(description = "One of my organisation's projects") UUID project,
      @Size(max = 4000) @Schema(description = "Why this project fits the scene") String pitch,
      @Schema(description = "Submit at once instead of keeping a draft") boolean submit) {}

  @Schema(name = "ApplicationDecision")
  public record Accept(
      @Size(max = 4000) @Schema(description = "Conditions; given, the acceptance is conditional")
          String conditions) {}

  @Schema(name = "ApplicationReason")
  public record Reason(@Size(max = 4000) String reason) {}

  @Schema(name = "ApplicationRejection")
  public record Reject(@NotBlank @Size(max = 4000) String reason) {}

  @Schema(name = "ApplicationMessageForm")
  public record Message(@NotBlank @Size(max = 4000) String text) {}

  @Schema(name = "ParticipationForm")
  public record ParticipationChange(@NotNull Participation status) {}
}
