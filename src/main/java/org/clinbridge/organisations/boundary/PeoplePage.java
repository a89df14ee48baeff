package org.clinbridge.organisations.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.platform.pages.KeysetDataModel;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;

/**
 * The people page (app/people.xhtml): accounts through the API's own list use case, so a district
 * administrator sees everyone and an organisation administrator the people of their own
 * organisation, with the same keyset pages. Both invite people here (the API's invitation use
 * case); the acceptance link with its one-time secret is shown once, see {@link InvitationLink}.
 */
@Named
@ViewScoped
public class PeoplePage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Organisations a district administrator may invite into: the first page of active ones. */
  private static final int ORGANISATION_CHOICES = 200;

  @Inject AccountsResource accounts;
  @Inject OrganisationsResource organisations;
  @Inject OrganisationInvitationsResource invitations;
  @Inject InvitationLink invitationLink;
  @Inject PageMessages messages;
  @Inject org.clinbridge.platform.pages.UiTexts texts;
  @Inject Caller caller;

  private String role;
  private String enabled;
  private String text;

  private List<OrganisationView> organisationChoices = List.of();
  private String inviteOrganisation;
  private String inviteUsername;
  private String inviteDisplayName;
  private String inviteEmail;
  // An array, not a List: Faces converts checkbox values to the array's element type.
  private Role[] inviteRoles = new Role[0];

  private String cancelling;
  private String cancelReason;

  private final KeysetDataModel<AccountView> rows =
      new KeysetDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<AccountView> fetch(PageRequest request) {
          return accounts.list(null, role, enabled, text, request.limit(), request.cursor());
        }

        @Override
        protected String keyOf(AccountView row) {
          return row.id().toString();
        }
      };

  /** The page's guard ({@code f:viewAction}): district and organisation administrators. */
  public void guard() {
    Pages.require(caller.isDistrictAdmin() || caller.has(Role.ORG_ADMIN));
  }

  public void search() {
    rows.reset();
  }

  /** Only a district administrator creates accounts; organisation admins manage theirs. */
  public boolean isMayCreate() {
    return caller.isDistrictAdmin();
  }

  /** Opens the invitation dialog with an empty form. */
  public void prepareInvite() {
    inviteOrganisation = null;
    inviteUsername = null;
    inviteDisplayName = null;
    inviteEmail = null;
    inviteRoles = new Role[0];
    if (caller.isDistrictAdmin() && organisationChoices.isEmpty()) {
      organisationChoices =
          organisations.list(null, "true", null, ORGANISATION_CHOICES, null).items();
    }
  }

  /**
   * Invites the person through the API's use case. On success the dialog shows the acceptance link,
   * which only this response carries; the form is cleared and the table starts again.
   */
  public void invite() {
    if (!Pages.require(caller.isDistrictAdmin() || caller.has(Role.ORG_ADMIN))) {
      return;
    }
    Set<Role> granted = inviteRoles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(inviteRoles));
    try {
      UUID organisation = invitingInto();
      InvitationView issued =
          invitations.issue(
              organisation,
              Violations.valid(
                  new InvitationForm(inviteUsername, inviteDisplayName, inviteEmail, granted)));
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      invitationLink.issued(root(external), issued);
    } catch (ConstraintViolationException | ProblemException e) {
      messages.show("invite", e);
      return;
    }
    rows.reset();
  }

  /**
   * A fresh link for a pending invitation (the earlier ones stop working): the invitation dialog
   * shows it, once, as after inviting.
   */
  public void resend(String accountId) {
    try {
      InvitationView issued = accounts.reissue(Pages.id(accountId));
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      invitationLink.issued(root(external), issued);
    } catch (ProblemException e) {
      messages.show("invite", e);
    }
  }

  /** Opens the cancellation dialog for a pending invitation. */
  public void prepareCancel(String accountId) {
    cancelling = accountId;
    cancelReason = null;
  }

  /** Cancels the invitation with the reason: its links stop working, the account is disabled. */
  public void cancelInvitation() {
    try {
      accounts.withdrawInvitation(
          Pages.id(cancelling), Violations.valid(new ReasonForm(cancelReason)));
    } catch (ConstraintViolationException | ProblemException e) {
      messages.show("cancel-invitation", e);
      return;
    }
    messages.info(texts.text("invitation.cancelled"));
    rows.reset();
    org.primefaces.PrimeFaces.current().executeScript("PF('cancelInvitationDialog').hide()");
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  /** A district admin invites into the organisation chosen; an organisation admin into theirs. */
  private UUID invitingInto() {
    if (!caller.isDistrictAdmin()) {
      return caller.organisationId();
    }
    if (inviteOrganisation == null || inviteOrganisation.isBlank()) {
      throw ProblemException.invalidField(
          "organisationId", "audit.parameter.required", inviteOrganisation);
    }
    return Pages.id(inviteOrganisation);
  }

  /** The application's root as the inviter's browser reached it. */
  static String root(ExternalContext external) {
    String scheme = external.getRequestScheme();
    int port = external.getRequestServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + external.getRequestServerName()
        + (defaultPort ? "" : ":" + port)
        + external.getRequestContextPath();
  }

  /** District administrators choose the organisation; organisation admins invite into theirs. */
  public boolean isChoosingOrganisation() {
    return caller.isDistrictAdmin();
  }

  public List<OrganisationView> getOrganisationChoices() {
    return organisationChoices;
  }

  /** Roles an invitation may grant: DISTRICT_ADMIN only by district administrators. */
  public List<Role> getInviteRoleChoices() {
    List<Role> choices = new ArrayList<>(List.of(Role.values()));
    if (!caller.isDistrictAdmin()) {
      choices.remove(Role.DISTRICT_ADMIN);
    }
    return choices;
  }

  public String getInviteOrganisation() {
    return inviteOrganisation;
  }

  public void setInviteOrganisation(String inviteOrganisation) {
    this.inviteOrganisation = inviteOrganisation;
  }

  public String getInviteUsername() {
    return inviteUsername;
  }

  public void setInviteUsername(String inviteUsername) {
    this.inviteUsername = inviteUsername;
  }

  public String getInviteDisplayName() {
    return inviteDisplayName;
  }

  public void setInviteDisplayName(String inviteDisplayName) {
    this.inviteDisplayName = inviteDisplayName;
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }

  public Role[] getInviteRoles() {
    return inviteRoles.clone();
  }

  public void setInviteRoles(Role[] inviteRoles) {
    this.inviteRoles = inviteRoles == null ? new Role[0] : inviteRoles.clone();
  }

  public KeysetDataModel<AccountView> getRows() {
    return rows;
  }

  public List<Role> getRoles() {
    return List.of(Role.values());
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getEnabled() {
    return enabled;
  }

  public void setEnabled(String enabled) {
    this.enabled = enabled;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
