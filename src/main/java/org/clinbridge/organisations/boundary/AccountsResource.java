package org.clinbridge.organisations.boundary;

import static org.clinbridge.platform.security.Roles.DISTRICT_ADMIN;
import static org.clinbridge.platform.security.Roles.ORG_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.organisations.control.Accounts;
import org.clinbridge.organisations.control.Organisations;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.organisations.entity.AccountStateException;
import org.clinbridge.organisations.entity.Invitation;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Passwords;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * People's accounts. A district admin creates accounts in any organisation and sees them all;
 * everyone else sees the accounts of their own organisation. An organisation's {@code ORG_ADMIN}
 * changes, disables and enables its accounts (and invites people, see {@link InvitationsResource}),
 * but never grants {@code DISTRICT_ADMIN}.
 */
@Boundary
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations")
public class AccountsResource {
  @Inject Accounts accounts;
  @Inject Organisations organisations;
  @Inject Passwords passwords;
  @Inject DistrictClock clock;
  @Inject Caller caller;

  @GET
  @SignedIn
  @Operation(
      summary = "Accounts the caller may see, in creation order",
      operationId = "listAccounts")
  @APIResponse(
      responseCode = "200",
      description = "One page of accounts",
      content = @Content(schema = @Schema(ref = "Account")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<AccountView> list(
      @Parameter(description = "Only accounts of this organisation") @QueryParam("organisation")
          String organisation,
      @Parameter(description = "Only holders of this role") @QueryParam("role") String role,
      @Parameter(description = "true: only enabled; false: only disabled") @QueryParam("enabled")
          String enabled,
      @Parameter(description = "Part of the username, display name or e-mail") @QueryParam("q")
          String text,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    Long orgRef = null;
    if (organisation != null && !organisation.isBlank()) {
      orgRef = organisations.visible(uuidOf("organisation", organisation)).id();
    }
    var filter =
        new Accounts.Filter(
            orgRef, roleOf(role), OrganisationsResource.booleanOf("enabled", enabled), text);
    return Page.of(
        accounts.page(request, filter), request.limit(), AccountView::of, Accounts::cursorOf);
  }

  @POST
  @RolesAllowed(DISTRICT_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create an account with its first password in any organisation",
      operationId = "createAccount")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it",
      content = @Content(schema = @Schema(ref = "Account")))
  public Response create(@NotNull @Valid AccountForm form, @Context UriInfo uri) {
    Account a = open(form);
    return ETags.created(
        uri.getAbsolutePathBuilder().path(a.publicId().toString()).build(),
        AccountView.of(a),
        a.version());
  }

  @GET
  @Path("{id}")
  @SignedIn
  @Operation(summary = "One account; ETag for a later update", operationId = "getAccount")
  @APIResponse(
      responseCode = "200",
      description = "The account",
      content = @Content(schema = @Schema(ref = "Account")))
  public Response get(@PathParam("id") UUID id) {
    AccountView a = read(id);
    return ETags.ok(a, a.version());
  }

  /** One account as its reader sees it: the API's read and the person page's. */
  @SignedIn
  public AccountView read(UUID id) {
    return AccountView.of(accounts.visible(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change an account's name, e-mail and roles (If-Match required)",
      operationId = "updateAccount")
  @APIResponse(
      responseCode = "200",
      description = "The changed account",
      content = @Content(schema = @Schema(ref = "Account")))
  public Response update(
      @PathParam("id") UUID id, @NotNull @Valid AccountUpdate form, @Context HttpHeaders headers) {
    Account a = change(id, headers.getHeaderString(HttpHeaders.IF_MATCH), form);
    return ETags.ok(AccountView.of(a), a.version());
  }

  @POST
  @Path("{id}/disable")
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Disable an account, with a reason",
      description = "It can no longer sign in; its tokens and sessions stop working at once.",
      operationId = "disableAccount")
  @APIResponse(
      responseCode = "200",
      description = "The disabled account",
      content = @Content(schema = @Schema(ref = "Account")))
  public Response disable(@PathParam("id") UUID id, @NotNull @Valid ReasonForm form) {
    Account a = administered(id);
    if (a.publicId().equals(caller.accountId())) {
      throw new AccountStateException("account.cannot-disable-self");
    }
    requireMayGrant(Set.of(), a.roles());
    Map<String, Object> before = a.snapshot();
    a.disable(form.reason());
    accounts.changed(a, "disabled", before, form.reason());
    accounts.flush();
    return ETags.ok(AccountView.of(a), a.version());
  }

  @POST
  @Path("{id}/enable")
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  @Operation(summary = "Enable a disabled account", operationId = "enableAccount")
  @APIResponse(
      responseCode = "200",
      description = "The enabled account",
      content = @Content(schema = @Schema(ref = "Account")))
  public Response enable(@PathParam("id") UUID id) {
    Account a = administered(id);
    requireMayGrant(Set.of(), a.roles());
    Map<String, Object> before = a.snapshot();
    a.enable();
    accounts.changed(a, "enabled", before, null);
    accounts.flush();
    return ETags.ok(AccountView.of(a), a.version());
  }

  @POST
  @Path("{id}/invitation")
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  @Operation(
      summary = "Invite again: a fresh acceptance link for a pending invitation",
      description =
          "For an account whose invitee has not set a password yet (a lost or expired link). The"
              + " earlier links stop working at once; the new secret is in this answer only, valid"
              + " for seven days. An account that is not pending is a 409.",
      operationId = "reissueInvitation")
  @APIResponse(
      responseCode = "201",
      description = "A fresh invitation; the secret is in the body, once",
      content = @Content(schema = @Schema(ref = "Invitation")))
  public Response reinvite(@PathParam("id") UUID id) {
    return Response.status(Response.Status.CREATED).entity(reissue(id)).build();
  }

  /** Issues a fresh invitation for a pending account: the API's use case and the people page's. */
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  public InvitationView reissue(UUID id) {
    Account a = pending(id);
    var now = clock.now();
    accounts.withdrawInvitations(a, now);
    Invitation.Issued issued = Invitation.issue(a, caller.accountId(), now);
    accounts.addInvitation(issued.invitation());
    accounts.changed(a, "invitation-reissued", a.snapshot(), null);
    accounts.flush();
    return InvitationView.of(issued);
  }

  @POST
  @Path("{id}/invitation/cancellation")
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cancel a pending invitation, with a reason",
      description =
          "Its links stop working and the account is disabled with the reason (enable it to invite"
              + " again). An account that is not pending is a 409.",
      operationId = "cancelInvitation")
  @APIResponse(
      responseCode = "200",
      description = "The account, disabled",
      content = @Content(schema = @Schema(ref = "Account")))
  public Response cancelInvitation(@PathParam("id") UUID id, @NotNull @Valid ReasonForm form) {
    Account a = withdrawInvitation(id, form);
    return ETags.ok(AccountView.of(a), a.version());
  }

  /** Cancels a pending invitation: the API's use case and the people page's. */
  @RolesAllowed({DISTRICT_ADMIN, ORG_ADMIN})
  public Account withdrawInvitation(UUID id, @NotNull @Valid ReasonForm form) {
    Account a = pending(id);
    Map<String, Object> before = a.snapshot();
    accounts.withdrawInvitations(a, clock.now());
    a.disable(form.reason());
    accounts.changed(a, "invitation-cancelled", before, form.reason());
    accounts.flush();
    return a;
  }

  /** An account the caller administers whose invitee has not set a password yet; else 409. */
  private Account pending(UUID id) {
    Account a = administered(id);
    requireMayGrant(Set.of(), a.roles());
    if (a.passwordHash() != null || !a.enabled()) {
      throw new AccountStateException("account.invitation-not-pending");
    }
    return a;
  }

  /**
   * Opens an account from a validated form: the use case behind {@code POST}, also run by the web
   * pages (which check the caller's role themselves: the role filter guards HTTP only).
   */
  public Account open(AccountForm form) {
    Organisation org =
        organisations
            .byPublicId(form.organisationId())
            .orElseThrow(
                () ->
                    ProblemException.invalidField(
                        "organisationId", "account.organisation.unknown", form.organisationId()));
    Account a =
        new Account(
            org, form.username(), form.displayName(), form.email(), form.roles(), clock.now());
    a.setPassword(passwords.hash(form.password()));
    accounts.register(a, "created");
    flushOrConflict(a);
    return a;
  }

  /**
   * Changes an account's name, e-mail and roles if {@code ifMatch} names its current version: the
   * use case behind {@code PUT}, also run by the web pages.
   */
  public Account change(UUID id, String ifMatch, AccountUpdate form) {
    Account a = administered(id);
    ETags.requireMatch(ifMatch, a.version());
    requireMayGrant(form.roles(), a.roles());
    Map<String, Object> before = a.snapshot();
    a.describe(form.displayName(), form.email());
    a.grant(form.roles());
    accounts.changed(a, "updated", before, null);
    accounts.flush();
    return a;
  }

  /** The account if the caller manages its organisation; 404 if unseen, 403 if only seen. */
  private Account administered(UUID id) {
    Account a = accounts.visible(id);
    if (!caller.administers(a.organisation().id())) {
      throw ProblemException.forbidden();
    }
    return a;
  }

  /**
   * Only a district admin grants, takes away or touches {@code DISTRICT_ADMIN}; organisation admins
   * manage everyone else in their organisation.
   */
  private void requireMayGrant(Set<Role> wanted, Set<Role> current) {
    if (caller.isDistrictAdmin()) {
      return;
    }
    if (wanted.contains(Role.DISTRICT_ADMIN) || current.contains(Role.DISTRICT_ADMIN)) {
      throw new ProblemException(403, "forbidden", "forbidden.detail.district-admin");
    }
  }

  private void flushOrConflict(Account a) {
    try {
      accounts.flush();
    } catch (PersistenceException e) {
      throw new ProblemException(409, "username-taken", "username-taken.detail", a.username());
    }
  }

  static UUID uuidOf(String field, String value) {
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(field, "uuid.invalid", value);
    }
  }

  static Role roleOf(String role) {
    if (role == null || role.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(role.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("role", "role.unknown", role);
    }
  }
}
