package org.clinbridge.organisations.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account, created by a district admin with its first password. */
@Schema(name = "AccountForm")
public record AccountForm(
    @NotNull UUID organisationId,
    @Schema(example = "li.wei") @NotBlank @Pattern(regexp = AccountForm.USERNAME) String username,
    @Schema(example = "李伟") @NotBlank @Size(max = 200) String displayName,
    @Email @Size(max = 254) String email,
    @NotEmpty Set<@NotNull Role> roles,
    @NotBlank @Size(min = 10, max = 200) String password) {

  /** Letters, digits and . _ @ -, 3 to 64 characters; compared case-insensitively. */
  public static final String USERNAME = "[A-Za-z0-9._@-]{3,64}";
}
