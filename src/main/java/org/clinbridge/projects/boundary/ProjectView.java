package org.clinbridge.projects.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.BilingualParagraph;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.projects.entity.Stage;
import org.clinbridge.reference.entity.DeviceClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as its readers see it. */
@Schema(name = "Project")
public record ProjectView(
    UUID id,
    @Schema(example = "P-2026-000123") String code,
    Refs.OrganisationRef owner,
    Bilingual title,
    BilingualParagraph summary,
    ProjectCategory category,
    String subcatalogue,
    DeviceClass expectedClass,
    String sourceInstitution,
    Refs.PersonRef manager,
    int trl,
    Stage stage,
    ProjectStatus status,
    @Schema(description = "The owner lets hospitals and matching find the project")
        boolean findable,
    @Schema(description = "Open milestones past their due date") long overdueMilestones,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  static ProjectView of(Project p, String managerName, long overdueMilestones) {
    return new ProjectView(
        p.publicId(),
        p.code(),
        Refs.OrganisationRef.of(p.owner()),
        p.title().view(),
        BilingualParagraph.of(p.summary()),
        p.category(),
        p.subcatalogueCode(),
        p.expectedClass(),
        p.sourceInstitution(),
        p.managerAccountId() == null ? null : new Refs.PersonRef(p.managerAccountId(), managerName),
        p.trl(),
        p.stage(),
        p.status(),
        p.findable(),
        overdueMilestones,
        p.createdAt(),
        p.updatedAt(),
        p.version());
  }
}
