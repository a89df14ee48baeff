package org.clinbridge.organisations.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account on the wire (never its password hash); its ETag is {@code version}. */
@Schema(name = "Account")
public record AccountView(
    UUID id,
    String username,
    String displayName,
    String email,
    OrganisationRef organisation,
    List<Role> roles,
    boolean enabled,
    String disabledReason,
    @Schema(
            description =
                "Invited, the invitee has not yet set a password, and it is not cancelled")
        boolean invitationPending,
    OffsetDateTime createdAt,
    long version) {

  /** Which organisation a record belongs to, in brief. */
  @Schema(name = "OrganisationRef")
  public record OrganisationRef(UUID id, OrganisationKind kind, Bilingual name) {
    static OrganisationRef of(Organisation o) {
      return new OrganisationRef(o.publicId(), o.kind(), o.name().view());
    }
  }

  static AccountView of(Account a) {
    return new AccountView(
        a.publicId(),
        a.username(),
        a.displayName(),
        a.email(),
        OrganisationRef.of(a.organisation()),
        a.roles().stream().sorted().toList(),
        a.enabled(),
        a.disabledReason(),
        a.passwordHash() == null && a.enabled(),
        a.createdAt(),
        a.version());
  }
}
