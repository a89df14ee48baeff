package org.clinbridge.organisations.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.clinbridge.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The changeable fields of an account. Username and organisation are fixed. */
@Schema(name = "AccountUpdate")
public record AccountUpdate(
    @NotBlank @Size(max = 200) String displayName,
    @Email @Size(max = 254) String email,
    @NotEmpty Set<@NotNull Role> roles) {}
