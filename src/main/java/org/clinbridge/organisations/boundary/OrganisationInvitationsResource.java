package org.clinbridge.organisations.boundary;

import static org.clinbridge.platform.security.Roles.DISTRICT_ADMIN;
import static org.clinbridge.platform.security.Roles.ORG_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.clinbridge.organisations.control.Accounts;
import org.clinbridge.organisations.control.Organisations;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.Invitation;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.time.DistrictClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Inviting people: an organisation's admin (or a district admin) invites a person into that
 * organisation; the account exists at once, without a password, and the invitee sets one with the
 * invitation's secret. There is no mail server: the secret is returned once to the inviter, who
 * passes it on; the invitee accepts with {@link InvitationsResource}.
 */
@Boundary
@Path("organisations/{id}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations")
public class OrganisationInvitationsResource {
  @Inject Accounts accounts;
  @Inject Organisations organisations;
  @Inject Caller caller;
  @Inject DistrictClock clock;

  @POST
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Invite a person into an organisation", operationId = "inviteToOrganisation")
  @APIResponse(
      responseCode = "201",
      description = "Invited; the secret is in the body, once",
      content = @Content(schema = @Schema(ref = "Invitation")))
  public Response invite(
      @PathParam("id") UUID id, @NotNull @Valid InvitationForm form, @Context UriInfo uri) {
    InvitationView issued = issue(id, form);
    return Response.created(
            uri.getBaseUriBuilder().path("accounts").path(issued.account().id().toString()).build())
        .entity(issued)
        .build();
  }

  /**
   * Invites a person from a validated form and answers the invitation with its secret, which exists
   * only in this answer: the use case behind {@code POST}, also run by the people page.
   */
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  public InvitationView issue(UUID id, InvitationForm form) {
    Organisation org = organisations.visible(id);
    if (!caller.administers(org.id())) {
      throw ProblemException.forbidden();
    }
    if (form.roles().contains(Role.DISTRICT_ADMIN) && !caller.isDistrictAdmin()) {
      throw new ProblemException(403, "forbidden", "forbidden.detail.district-admin");
    }
    Account a =
        new Account(
            org, form.username(), form.displayName(), form.email(), form.roles(), clock.now());
    accounts.register(a, "invited");
    Invitation.Issued issued = Invitation.issue(a, caller.accountId(), clock.now());
    accounts.addInvitation(issued.invitation());
    try {
      accounts.flush();
    } catch (PersistenceException e) {
      throw new ProblemException(409, "username-taken", "username-taken.detail", a.username());
    }
    return InvitationView.of(issued);
  }
}
