package org.clinbridge.projects.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.BilingualParagraph;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.projects.entity.ProjectDetails;
import org.clinbridge.reference.entity.DeviceClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project to register. A start-up member registers it for their own organisation; a district
 * administrator names the owner and may assign the technology manager at once.
 */
@Schema(name = "NewProject")
public record NewProjectForm(
    @NotNull @Valid Bilingual title,
    @NotNull @Valid BilingualParagraph summary,
    @NotNull ProjectCategory category,
    @Schema(description = "NMPA sub-catalogue code", example = "07") @Pattern(regexp = "\\d{2}")
        String subcatalogue,
    DeviceClass expectedClass,
    @Size(max = 200) String sourceInstitution,
    @Schema(description = "The TRL the project starts at (1-9)") @NotNull @Min(1) @Max(9)
        Integer trl,
    @Schema(description = "What the starting TRL rests on") @Size(max = 500) String trlEvidence,
    @Schema(description = "Owner organisation (district administrators only)") UUID ownerId,
    @Schema(description = "Technology manager account (district administrators only)")
        UUID managerId) {

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
