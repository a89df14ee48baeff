package org.clinbridge.organisations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.clinbridge.organisations.control.Accounts;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.Invitation;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.security.Passwords;
import org.clinbridge.platform.time.DistrictClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Accepting an invitation ({@link OrganisationInvitationsResource}): open to anyone, since the
 * invitee has no password yet; the invitation's secret is the proof.
 */
@Boundary
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations")
public class InvitationsResource {
  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject DistrictClock clock;

  @POST
  @Path("accept")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Accept an invitation by choosing a password",
      operationId = "acceptInvitation")
  @APIResponse(responseCode = "204", description = "Accepted; sign in with the new password")
  public Response accept(@NotNull @Valid AcceptInvitationForm form) {
    redeem(form);
    return Response.noContent().build();
  }

  /**
   * Sets the invitee's password if the secret names a valid invitation, and answers the account:
   * the use case behind {@code POST accept}, also run by the acceptance page.
   */
  @PermitAll
  public Account redeem(AcceptInvitationForm form) {
    Invitation invitation =
        accounts.invitationBySecret(form.secret()).orElseThrow(Invitation::invalid);
    Account a = invitation.account();
    Map<String, Object> before = a.snapshot();
    invitation.accept(passwords.hash(form.password()), clock.now());
    accounts.changed(a, "invitation-accepted", before, null);
    return a;
  }
}
