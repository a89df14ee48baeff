package org.clinbridge.organisations.boundary;

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
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;

/**
 * Creates an account (district administrators, with its first password) or edits one (district
 * administrators, and organisation administrators for their own people): app/person.xhtml, with
 * {@code ?id=} to edit. Runs the API's own use cases with its form records, so the rules (roles an
 * organisation's kind allows, who may grant DISTRICT_ADMIN, unique user names) and their messages
 * are the API's.
 */
@Named
@ViewScoped
public class PersonPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Organisations offered when creating an account: the first page of active ones. */
  private static final int ORGANISATION_CHOICES = 200;

  @Inject AccountsResource accounts;
  @Inject OrganisationsResource organisations;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String id;
  private AccountView existing;
  private List<OrganisationView> organisationChoices = List.of();
  private String organisationId;
  private String username;
  private String displayName;
  private String email;
  // An array, not a List: Faces converts checkbox values to the array's element type.
  private Role[] roles = new Role[0];
  private String password;
  private String reason;

  /** The page's guard and loader ({@code f:viewAction}). */
  public void load() {
    boolean admin = caller.isDistrictAdmin() || caller.has(Role.ORG_ADMIN);
    if (!Pages.require(admin && (id != null || caller.isDistrictAdmin()))
        || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    try {
      if (id == null) {
        organisationChoices =
            organisations.list(null, "true", null, ORGANISATION_CHOICES, null).items();
        return;
      }
      existing = accounts.read(Pages.id(id));
    } catch (ProblemException e) {
      Pages.fail(e);
      return;
    }
    username = existing.username();
    displayName = existing.displayName();
    email = existing.email();
    roles = existing.roles().toArray(Role[]::new);
  }

  public String save() {
    Set<Role> granted =
        roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
    try {
      if (existing == null) {
        if (!Pages.require(caller.isDistrictAdmin())) {
          return null;
        }
        UUID organisation =
            organisationId == null || organisationId.isBlank() ? null : Pages.id(organisationId);
        accounts.open(
            Violations.valid(
                new AccountForm(organisation, username, displayName, email, granted, password)));
      } else {
        accounts.change(
            existing.id(),
            Long.toString(existing.version()),
            Violations.valid(new AccountUpdate(displayName, email, granted)));
      }
    } catch (ConstraintViolationException | ProblemException e) {
      password = null;
      return messages.show("person", e);
    }
    messages.info(texts.text("person.saved", username));
    return "/app/people?faces-redirect=true";
  }

  /**
   * Disabling and enabling are offered on someone else's account only, and a district
   * administrator's account only to district administrators, as the API allows.
   */
  public boolean isMayChangeState() {
    return existing != null
        && !existing.id().equals(caller.accountId())
        && (caller.isDistrictAdmin() || !existing.roles().contains(Role.DISTRICT_ADMIN));
  }

  /** Opens the disable dialog with an empty reason. */
  public void prepareDisable() {
    reason = null;
  }

  /** Disables the account with the reason from the dialog; the API's message if refused. */
  public String disable() {
    try {
      accounts.disable(existing.id(), Violations.valid(new ReasonForm(reason)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("disable", e);
    }
    messages.info(texts.text("person.disabled", existing.username()));
    return "/app/person?faces-redirect=true&id=" + existing.id();
  }

  public String enable() {
    try {
      accounts.enable(existing.id());
    } catch (ProblemException e) {
      return messages.show("person", e);
    }
    messages.info(texts.text("person.enabled", existing.username()));
    return "/app/person?faces-redirect=true&id=" + existing.id();
  }

  public boolean isEditing() {
    return existing != null;
  }

  public AccountView getExisting() {
    return existing;
  }

  public List<OrganisationView> getOrganisationChoices() {
    return organisationChoices;
  }

  public List<Role> getRoleChoices() {
    List<Role> choices = new ArrayList<>(List.of(Role.values()));
    if (!caller.isDistrictAdmin()) {
      choices.remove(Role.DISTRICT_ADMIN);
    }
    return choices;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String organisationId) {
    this.organisationId = organisationId;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Role[] getRoles() {
    return roles.clone();
  }

  public void setRoles(Role[] roles) {
    this.roles = roles == null ? new Role[0] : roles.clone();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
