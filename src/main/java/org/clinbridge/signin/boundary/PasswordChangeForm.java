package org.clinbridge.signin.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed-in person changing their own password. */
@Schema(name = "PasswordChange")
public record PasswordChangeForm(
    @NotBlank @Size(max = 200) String currentPassword,
    @NotBlank @Size(min = 10, max = 200) String newPassword) {}
