package org.clinbridge.signin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.clinbridge.platform.pages.Shell;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.signin.control.ClinBridgeAuthentication;
import org.clinbridge.signin.control.SignInOutcome;

/**
 * The sign-in form. It hands the credential to the application's one authentication mechanism (the
 * same that checks API passwords), which keeps the principal in the server-side session; the page
 * never sees or stores a password beyond this request.
 */
@Named
@RequestScoped
public class SignInPage {
  /** A page of this application to return to after sign-in; anything else is ignored. */
  private static final Pattern LOCAL_PAGE = Pattern.compile("/app/[A-Za-z0-9_/-]+\\.xhtml");

  @Inject SecurityContext securityContext;
  @Inject UiTexts texts;

  private String username;
  private String password;
  private String next;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  /** A person already signed in does not need the form. */
  public void skipWhenSignedIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getExternalContext().getUserPrincipal() != null && !faces.isPostback()) {
      ExternalContext external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + target());
    }
  }

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.trim(),
                        new Password(password == null ? "" : password))));
    password = null;
    switch (status) {
      case SUCCESS -> {
        // The mechanism has given the session a new id (against fixation).
        external.redirect(external.getRequestContextPath() + target());
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        String text =
            request.getAttribute(ClinBridgeAuthentication.OUTCOME) instanceof SignInOutcome o
                    && o.throttled()
                ? texts.text("sign-in.throttled", o.retryAfterSeconds())
                : texts.text("sign-in.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
    }
  }

  private String target() {
    return next != null && LOCAL_PAGE.matcher(next).matches() && !next.contains("//")
        ? next
        : Shell.HOME;
  }
}
