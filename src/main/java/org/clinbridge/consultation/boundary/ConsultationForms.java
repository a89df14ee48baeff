package org.clinbridge.consultation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinbridge.consultation.entity.ServiceLevel;
import org.clinbridge.consultation.entity.Topic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the consultation use cases. */
public final class ConsultationForms {
  private ConsultationForms() {}

  @Schema(name = "NewConsultation")
  public record Ask(
      @NotNull Topic topic,
      @NotBlank @Size(max = 200) String subject,
      @NotBlank @Size(max = 4000) @Schema(description = "In the asker's language, zh-CN or en")
          String question,
      @Schema(description = "One of my organisation's projects the question is about") UUID project,
      @Schema(
              description =
                  "One of my organisation's licence applications the question is about (its"
                      + " project, if project is also given)")
          UUID licenceApplication,
      @Size(max = 20) List<@Valid @NotNull Attachment> attachments) {}

  @Schema(
      name = "ConsultationAttachmentForm",
      description =
          "A file's metadata; the file itself stays in the organisation's document system")
  public record Attachment(
      @NotBlank @Size(max = 255) String fileName,
      @NotBlank @Size(max = 100) @Schema(example = "application/pdf") String mediaType,
      @PositiveOrZero long sizeBytes,
      @Size(max = 500) @Schema(description = "Where the file is kept (a document id or address)")
          String reference) {}

  @Schema(name = "ConsultationMessageForm")
  public record Message(
      @NotBlank @Size(max = 4000) String text,
      @Schema(description = "A note only the station sees (consultants only)") boolean internal,
      @Size(max = 20) List<@Valid @NotNull Attachment> attachments) {}

  @Schema(name = "ConsultationText")
  public record Text(@NotBlank @Size(max = 4000) String text) {}

  @Schema(name = "ConsultationMergeForm")
  public record Merge(
      @NotNull @Schema(description = "The consultation that goes on") UUID into,
      @NotBlank @Size(max = 4000) @Schema(description = "Why, for the asker's thread")
          String reason) {}

  @Schema(name = "ConsultationRating")
  public record Rating(@Min(1) @Max(5) int stars, @Size(max = 2000) String comment) {}

  @Schema(name = "ServiceLevel")
  public record Level(
      @Schema(readOnly = true) Topic topic,
      @NotBlank @Size(max = 64) String specialistGroup,
      @NotBlank @Schema(description = "ISO-8601 working time, such as PT8H") String firstResponse,
      @NotBlank String nextUpdate,
      @NotBlank String resolution) {
    static Level of(ServiceLevel l) {
      return new Level(
          l.topic(),
          l.specialistGroup(),
          l.firstResponse().toString(),
          l.nextUpdate().toString(),
          l.resolution().toString());
    }
  }

  @Schema(name = "ConsultationAssignForm")
  public record Assign(
      @NotBlank @Size(max = 64) @Schema(description = "A consultant's username") String assignee) {}

  @Schema(name = "SpecialistGroupMembers")
  public record Members(@NotNull @Size(max = 100) List<@NotBlank @Size(max = 64) String> members) {}

  @Schema(name = "Specialist")
  public record Member(
      String group, String username, String displayName, OffsetDateTime lastAssignedAt) {}
}
