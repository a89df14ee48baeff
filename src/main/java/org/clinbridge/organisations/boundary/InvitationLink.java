package org.clinbridge.organisations.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The acceptance link of an invitation just made on the people page. It lives for the one request
 * that shows it: request-scoped, never in the view or the session, never logged, so the secret the
 * API answers once is shown once and is then gone from the server.
 */
@Named
@RequestScoped
public class InvitationLink {
  /** The acceptance page, relative to the application's root. */
  static final String PAGE = "/app/accept-invitation.xhtml";

  private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private String link;
  private String username;
  private OffsetDateTime expiresAt;

  /**
   * The address an invitee opens: the application's root as the inviter's browser reached it, the
   * acceptance page and the secret as its {@code token}.
   */
  static String of(String root, String secret) {
    return root + PAGE + "?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
  }

  void issued(String root, InvitationView invitation) {
    this.link = of(root, invitation.secret());
    this.username = invitation.account().username();
    this.expiresAt = invitation.expiresAt();
  }

  public boolean isIssued() {
    return link != null;
  }

  public String getLink() {
    return link;
  }

  public String getUsername() {
    return username;
  }

  /** When the link stops working, in UTC to the minute. */
  public String getExpiresOn() {
    return expiresAt == null
        ? null
        : EXPIRY.format(expiresAt.withOffsetSameInstant(ZoneOffset.UTC));
  }
}
