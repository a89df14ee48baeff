package org.clinbridge.projects.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.projects.entity.Stage;
import org.clinbridge.reference.entity.DeviceClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as a row of a list. */
@Schema(name = "ProjectSummary")
public record ProjectSummaryView(
    UUID id,
    String code,
    Bilingual title,
    Refs.OrganisationRef owner,
    ProjectCategory category,
    String subcatalogue,
    DeviceClass expectedClass,
    int trl,
    Stage stage,
    ProjectStatus status,
    Refs.PersonRef manager,
    OffsetDateTime updatedAt) {

  static ProjectSummaryView of(Project p, String managerName) {
    return new ProjectSummaryView(
        p.publicId(),
        p.code(),
        p.title().view(),
        Refs.OrganisationRef.of(p.owner()),
        p.category(),
        p.subcatalogueCode(),
        p.expectedClass(),
        p.trl(),
        p.stage(),
        p.status(),
        p.managerAccountId() == null ? null : new Refs.PersonRef(p.managerAccountId(), managerName),
        p.updatedAt());
  }
}
