package org.clinbridge.projects.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.BilingualParagraph;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.projects.entity.ProjectDetails;
import org.clinbridge.reference.entity.DeviceClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a project is about: the whole description, replaced by PUT. */
@Schema(name = "ProjectDetails")
public record ProjectForm(
    @NotNull @Valid Bilingual title,
    @NotNull @Valid BilingualParagraph summary,
    @NotNull ProjectCategory category,
    @Pattern(regexp = "\\d{2}") String subcatalogue,
    DeviceClass expectedClass,
    @Size(max = 200) String sourceInstitution) {

  ProjectDetails details() {
    return new ProjectDetails(
        BilingualText.of(title),
        summary.text(),
        category,
        subcatalogue,
        expectedClass,
        sourceInstitution);
  }
}
