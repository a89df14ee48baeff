package org.clinbridge.organisations.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The invitee's answer: the invitation's secret and the password they choose. */
@Schema(name = "AcceptInvitation")
public record AcceptInvitationForm(
    @NotBlank @Size(max = 100) String secret,
    @NotBlank @Size(min = 10, max = 200) String password) {}
