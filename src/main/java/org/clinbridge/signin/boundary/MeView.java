package org.clinbridge.signin.boundary;

import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.security.CallerPrincipal;
import org.clinbridge.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the caller is, as the platform sees them. */
@Schema(name = "Me")
public record MeView(
    String username,
    UUID accountId,
    UUID organisationId,
    String organisationKind,
    List<Role> roles) {
  static MeView of(CallerPrincipal p) {
    return new MeView(
        p.username(),
        p.accountId(),
        p.organisationId(),
        p.organisationKind(),
        p.roles().stream().sorted().toList());
  }
}
