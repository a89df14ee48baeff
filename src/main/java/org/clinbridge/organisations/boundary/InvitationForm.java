package org.clinbridge.organisations.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.clinbridge.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person invited into an organisation; they choose their password when accepting. */
@Schema(name = "InvitationForm")
public record InvitationForm(
    @NotBlank @Pattern(regexp = AccountForm.USERNAME) String username,
    @NotBlank @Size(max = 200) String displayName,
    @Email @Size(max = 254) String email,
    @NotEmpty Set<@NotNull Role> roles) {}
