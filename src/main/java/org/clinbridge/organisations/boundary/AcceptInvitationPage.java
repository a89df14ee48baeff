package org.clinbridge.organisations.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import org.clinbridge.organisations.entity.Account;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Shell;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;

/**
 * The invitee's page (app/accept-invitation.xhtml?token=..., open to anyone: the secret is the
 * proof). The invitee chooses a password; the API's own accept use case checks the secret and the
 * password rules, and the person is sent to sign in. The secret stays in this page's view only
 * (server memory, gone with the view); it is never logged.
 */
@Named
@ViewScoped
public class AcceptInvitationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InvitationsResource invitations;
  @Inject PageMessages messages;
  @Inject UiTexts texts;

  private String token;
  private String password;
  private String repeat;

  public String accept() {
    if (password != null && !password.equals(repeat)) {
      password = null;
      repeat = null;
      return messages.field("accept", "repeat", texts.text("invitation.repeat-differs"));
    }
    Account account;
    try {
      account = invitations.redeem(Violations.valid(new AcceptInvitationForm(token, password)));
    } catch (ConstraintViolationException | ProblemException e) {
      password = null;
      repeat = null;
      return messages.show("accept", e);
    }
    messages.info(texts.text("invitation.accepted", account.username()));
    return Shell.SIGN_IN + "?faces-redirect=true";
  }

  /** The link had no secret: the page explains instead of showing the form. */
  public boolean isMissingToken() {
    return token == null || token.isBlank();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
