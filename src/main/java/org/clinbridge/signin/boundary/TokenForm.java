package org.clinbridge.signin.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request for an access token with an account's username and password. */
@Schema(name = "TokenRequest")
public record TokenForm(
    @Schema(example = "admin") @NotBlank @Size(max = 64) String username,
    @Schema(example = "correct horse battery staple") @NotBlank @Size(max = 200) String password) {}
