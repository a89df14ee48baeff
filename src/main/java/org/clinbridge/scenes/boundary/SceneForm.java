package org.clinbridge.scenes.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.DeviceClass;
import org.clinbridge.scenes.entity.SceneContact;
import org.clinbridge.scenes.entity.SceneContent;
import org.clinbridge.scenes.entity.SceneType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a hospital writes about a scene, on creation (with its sites) and on revision (sites are
 * ignored there: they have their own action).
 */
@Schema(name = "SceneForm")
public record SceneForm(
    @NotNull SceneType type,
    @NotNull @Valid Bilingual title,
    @NotNull @Valid LongText description,
    @Valid @Schema(description = "Clinical department") Bilingual department,
    @Schema(description = "NMPA sub-catalogue codes accepted; empty accepts any") @Size(max = 22)
        Set<@Pattern(regexp = "\\d{2}") String> subcatalogues,
    @Schema(description = "Device classes accepted; empty accepts any")
        Set<DeviceClass> deviceClasses,
    @Min(1) @Max(9) int trlMin,
    @Min(1) @Max(9) int trlMax,
    @Schema(description = "Whether a registration certificate is required (procurement pilots)")
        boolean certificateRequired,
    @Schema(description = "Slots: applications that may be accepted") @Min(1) @Max(10_000)
        int capacity,
    @Schema(description = "Application window opens (inclusive), UTC") OffsetDateTime opensAt,
    @Schema(description = "Application window closes (exclusive), UTC") OffsetDateTime closesAt,
    @Valid LongText ethics,
    @Valid LongText inclusion,
    @Valid LongText exclusion,
    @Size(max = 20) List<@Valid @NotNull ContactForm> contacts,
    @Schema(description = "Sites (departments); none: one site named after the department")
        @Size(max = 50)
        List<@Valid @NotNull SiteForm> sites) {

  public record ContactForm(
      @NotNull @Size(min = 1, max = 200) String name,
      @Size(max = 100) String role,
      @Size(max = 254) @jakarta.validation.constraints.Email String email,
      @Size(max = 40) String phone) {
    SceneContact contact() {
      return new SceneContact(name, role, email, phone);
    }
  }

  public record SiteForm(@NotNull @Valid Bilingual name, @Size(max = 300) String location) {}

  SceneContent content() {
    return new SceneContent(
        type,
        BilingualText.of(title),
        description.text(),
        department == null ? null : BilingualText.of(department),
        subcatalogues,
        deviceClasses,
        trlMin,
        trlMax,
        certificateRequired,
        capacity,
        opensAt,
        closesAt,
        ethics == null ? null : ethics.text(),
        inclusion == null ? null : inclusion.text(),
        exclusion == null ? null : exclusion.text(),
        contacts == null ? List.of() : contacts.stream().map(ContactForm::contact).toList());
  }
}
