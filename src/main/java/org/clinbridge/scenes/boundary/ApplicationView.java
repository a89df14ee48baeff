package org.clinbridge.scenes.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.BilingualParagraph;
import org.clinbridge.scenes.entity.Application;
import org.clinbridge.scenes.entity.ApplicationMessage;
import org.clinbridge.scenes.entity.ApplicationStatus;
import org.clinbridge.scenes.entity.Participation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application as its applicant and the scene's hospital see it, with its thread. */
@Schema(name = "SceneApplication")
public record ApplicationView(
    UUID id,
    SceneRef scene,
    ProjectRef project,
    OrganisationRef applicant,
    ApplicationStatus status,
    Participation participation,
    String pitch,
    String conditions,
    String decisionReason,
    List<MessageView> messages,
    OffsetDateTime createdAt,
    OffsetDateTime submittedAt,
    OffsetDateTime decidedAt,
    OffsetDateTime updatedAt,
    long version) {

  public record SceneRef(UUID id, Bilingual title, OrganisationRef hospital) {}

  /**
   * The project as the hospital reads it from the application: applying shares what it is about
   * (summary, category, class, sub-catalogue, readiness), never the rest of the project's record.
   */
  public record ProjectRef(
      UUID id,
      String code,
      Bilingual title,
      String subcatalogue,
      String expectedClass,
      int trl,
      String stage,
      String category,
      BilingualParagraph summary) {}

  public record OrganisationRef(UUID id, Bilingual name) {}

  public record MessageView(
      UUID id, ApplicationMessage.Side side, String author, String text, OffsetDateTime sentAt) {}

  static ApplicationView of(Application a) {
    var s = a.scene();
    var p = a.project();
    return new ApplicationView(
        a.publicId(),
        new SceneRef(
            s.publicId(),
            s.title().view(),
            new OrganisationRef(s.hospital().publicId(), s.hospital().name().view())),
        new ProjectRef(
            p.publicId(),
            p.code(),
            p.title().view(),
            p.subcatalogueCode(),
            p.expectedClass() == null ? null : p.expectedClass().name(),
            p.trl(),
            p.stage().name(),
            p.category().name(),
            BilingualParagraph.of(p.summary())),
        new OrganisationRef(a.applicant().publicId(), a.applicant().name().view()),
        a.status(),
        a.participation(),
        a.pitch(),
        a.conditions(),
        a.decisionReason(),
        a.messages().stream()
            .map(m -> new MessageView(m.publicId(), m.side(), m.author(), m.text(), m.sentAt()))
            .toList(),
        a.createdAt(),
        a.submittedAt(),
        a.decidedAt(),
        a.updatedAt(),
        a.version());
  }
}
