package org.clinbridge.consultation.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.consultation.control.Consultations;
import org.clinbridge.consultation.entity.Consultation;
import org.clinbridge.consultation.entity.ConsultationMessage;
import org.clinbridge.consultation.entity.ConsultationStatus;
import org.clinbridge.consultation.entity.ServiceClock;
import org.clinbridge.consultation.entity.Topic;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.licensing.entity.StatutoryClock;
import org.clinbridge.platform.i18n.Bilingual;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A consultation with its thread and clocks. Internal notes are in the thread only for the station
 * ({@code station}); the asker's view never holds them.
 */
@Schema(name = "Consultation")
public record ConsultationView(
    UUID id,
    OrganisationRef asker,
    String askedBy,
    ProjectRef project,
    LicenceRef licenceApplication,
    @Schema(description = "While MERGED: the consultation this duplicate went into")
        UUID mergedInto,
    Topic topic,
    String subject,
    String question,
    ConsultationStatus status,
    @Schema(description = "The specialist group it was routed to") String specialistGroup,
    String assignee,
    Clocks clocks,
    Integer rating,
    String ratingComment,
    List<MessageView> messages,
    @Schema(description = "Attached files' metadata; the asker never sees those of internal notes")
        List<AttachmentView> attachments,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  public record OrganisationRef(UUID id, Bilingual name) {}

  /** The linked project as the consultant reads it beside the question. */
  public record ProjectRef(
      UUID id,
      String code,
      Bilingual title,
      String subcatalogue,
      String expectedClass,
      String stage,
      String status) {}

  /** The linked licence application as the consultant reads it: where it stands and its clock. */
  @Schema(name = "ConsultationLicenceRef")
  public record LicenceRef(
      UUID id,
      String type,
      String deviceClass,
      String authority,
      String state,
      LocalDate stateSince,
      String authorityReference,
      @Schema(description = "The authority's current step; absent when no clock runs")
          Bilingual clockStep,
      Integer daysLeft,
      LocalDate dueOn,
      LocalDate pausedSince) {
    static LicenceRef of(LicenceApplication a, Optional<StatutoryClock> clock) {
      StatutoryClock c = clock.orElse(null);
      return new LicenceRef(
          a.publicId(),
          a.type().name(),
          a.deviceClass() == null ? null : a.deviceClass().name(),
          a.authority().name(),
          a.state().name(),
          a.stateSince(),
          a.authorityReference(),
          c == null ? null : c.name().view(),
          c == null ? null : c.daysLeft(),
          c == null ? null : c.dueOn(),
          c == null ? null : c.pausedSince());
    }
  }

  public record MessageView(
      UUID id,
      ConsultationMessage.Side side,
      boolean internal,
      String author,
      String text,
      OffsetDateTime sentAt) {}

  @Schema(name = "ConsultationAttachment")
  public record AttachmentView(
      UUID id,
      @Schema(description = "The message it came with; absent for the question") UUID message,
      String fileName,
      String mediaType,
      long sizeBytes,
      String reference,
      String addedBy,
      OffsetDateTime addedAt) {}

  /** The clocks now, and the breaches recorded (each once, at the instant it happened). */
  public record Clocks(
      ServiceClock firstResponse,
      ServiceClock resolution,
      @Schema(
              description =
                  "From the station's last message to the asker (or a reopening) to its next one;"
                      + " absent before the first answer")
          ServiceClock nextUpdate,
      OffsetDateTime firstResponseBreachedAt,
      OffsetDateTime resolutionBreachedAt,
      @Schema(description = "The latest next-update breach") OffsetDateTime nextUpdateBreachedAt,
      @Schema(description = "How many times an update came late, each stretch counted once")
          int nextUpdateBreaches) {}

  static ConsultationView of(
      Consultation c, Consultations.Clocks clocks, boolean station, LicenceRef licence) {
    var p = c.project();
    return new ConsultationView(
        c.publicId(),
        new OrganisationRef(c.askerOrganisation().publicId(), c.askerOrganisation().name().view()),
        c.asker(),
        p == null
            ? null
            : new ProjectRef(
                p.publicId(),
                p.code(),
                p.title().view(),
                p.subcatalogueCode(),
                p.expectedClass() == null ? null : p.expectedClass().name(),
                p.stage().name(),
                p.status().name()),
        licence,
        c.mergedInto() == null ? null : c.mergedInto().publicId(),
        c.topic(),
        c.subject(),
        c.question(),
        c.status(),
        c.specialistGroup(),
        c.assignee(),
        new Clocks(
            clocks.firstResponse(),
            clocks.resolution(),
            clocks.nextUpdate(),
            c.firstResponseBreachedAt(),
            c.resolutionBreachedAt(),
            c.nextUpdateBreachedAt(),
            c.nextUpdateBreaches()),
        c.rating(),
        c.ratingComment(),
        c.messages().stream()
            .filter(m -> station || !m.internal())
            .map(
                m ->
                    new MessageView(
                        m.publicId(), m.side(), m.internal(), m.author(), m.text(), m.sentAt()))
            .toList(),
        c.attachments().stream()
            .filter(a -> station || a.visibleToAsker())
            .map(
                a ->
                    new AttachmentView(
                        a.publicId(),
                        a.message() == null ? null : a.message().publicId(),
                        a.fileName(),
                        a.mediaType(),
                        a.sizeBytes(),
                        a.reference(),
                        a.addedBy(),
                        a.addedAt()))
            .toList(),
        c.createdAt(),
        c.updatedAt(),
        c.version());
  }
}
