package org.clinbridge.organisations.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinbridge.platform.pages.KeysetDataModel;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;

/**
 * The people page (app/people.xhtml): accounts through the API's own list use case, so a district
 * administrator sees everyone and an organisation administrator the people of their own
 * organisation, with the same keyset pages.
 */
@Named
@ViewScoped
public class PeoplePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccountsResource accounts;
  @Inject Caller caller;

  private String role;
  private String enabled;
  private String text;

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
