package org.clinbridge.organisations.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.clinbridge.platform.i18n.Bilingual;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The changeable fields of an organisation. Kind and USCC are fixed at registration: the kind
 * decides its people's roles, and the USCC is its legal identity.
 */
@Schema(name = "OrganisationUpdate")
public record OrganisationUpdate(
    @NotNull @Valid Bilingual name, @Valid OrganisationForm.Contact contact) {}
