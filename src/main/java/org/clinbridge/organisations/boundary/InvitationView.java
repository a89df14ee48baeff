package org.clinbridge.organisations.boundary;

import java.time.OffsetDateTime;
import org.clinbridge.organisations.entity.Invitation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new invitation. {@code secret} is shown only here, once: pass it to the invitee, who accepts
 * with POST /api/invitations/accept.
 */
@Schema(name = "Invitation")
public record InvitationView(AccountView account, String secret, OffsetDateTime expiresAt) {
  static InvitationView of(Invitation.Issued issued) {
    return new InvitationView(
        AccountView.of(issued.invitation().account()),
        issued.secret(),
        issued.invitation().expiresAt());
  }
}
