package org.clinbridge.organisations.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.Bilingual;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new organisation. The USCC's check character is verified by the entity (400 naming uscc). */
@Schema(name = "OrganisationForm")
public record OrganisationForm(
    @NotNull OrganisationKind kind,
    @NotNull @Valid Bilingual name,
    @Schema(example = "91350100M000100Y43", description = "Unified social credit code, 18 chars")
        @NotBlank
        String uscc,
    @Valid Contact contact) {

  /** Whom to contact at an organisation; every part optional. */
  @Schema(name = "Contact")
  public record Contact(
      @Size(max = 200) String name,
      @Email @Size(max = 254) String email,
      @Size(max = 40) String phone,
      @Size(max = 500) String address) {
    static final Contact NONE = new Contact(null, null, null, null);
  }
}
