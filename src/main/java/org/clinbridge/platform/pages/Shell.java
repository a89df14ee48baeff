package org.clinbridge.platform.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;

/**
 * What the layout shows around every page: who is signed in, which menu entries their roles open,
 * and sign-out. The menu only hides what a person may not use; every page and action checks the
 * roles again on the server.
 */
@Named
@RequestScoped
public class Shell {
  /** Where a signed-in person lands; also the target of {@code /}. */
  public static final String HOME = "/app/home.xhtml";

  public static final String SIGN_IN = "/app/login.xhtml";

  @Inject Caller caller;

  public boolean isSignedIn() {
    return caller.signedIn();
  }

  public String getUsername() {
    return caller.signedIn() ? caller.username() : null;
  }

  /** The caller's role names, in the order of {@link Role}. */
  public List<String> getRoles() {
    return caller.roles().stream().sorted().map(Role::name).toList();
  }

  public boolean has(String role) {
    return caller.has(Role.valueOf(role));
  }

  /** District administrators manage every organisation. */
  public boolean isOrganisationsVisible() {
    return caller.isDistrictAdmin();
  }

  /** District administrators manage everyone; organisation administrators their own people. */
  public boolean isPeopleVisible() {
    return caller.isDistrictAdmin() || caller.has(Role.ORG_ADMIN);
  }

  /** A hospital's organisation administrators manage its departments. */
  public boolean isDepartmentsVisible() {
    return caller.has(Role.ORG_ADMIN)
        && !caller.isDistrictAdmin()
        && "HOSPITAL".equals(caller.require().organisationKind());
  }

  /**
   * Ends the session on the server (the principal and all page state go with it) and shows the
   * sign-in page. A postback, so a cross-site link cannot sign anyone out.
   */
  public void signOut() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + SIGN_IN);
    faces.responseComplete();
  }
}
