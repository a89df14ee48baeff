package org.clinbridge.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends notification e-mails through Jakarta Mail when {@code smtp.host} is configured ({@code
 * SMTP_HOST}, with {@code SMTP_PORT}, {@code SMTP_FROM}, {@code SMTP_USER}, {@code SMTP_PASSWORD},
 * {@code SMTP_STARTTLS}); without it, the inbox is the only channel. Nothing here is called on a
 * request: mail waits in the outbox ({@link MailOutbox}) and is sent from there.
 */
@ApplicationScoped
public class Mailer {
  /** An e-mail to send. */
  public record Outgoing(String to, String subject, String text) {}

  /** SMTP settings; an empty host means e-mail is off. */
  public record Settings(
      Optional<String> host,
      int port,
      String from,
      Optional<String> user,
      Optional<String> password,
      boolean startTls) {}

  @Inject
  @ConfigProperty(name = "smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "smtp.from", defaultValue = "ClinBridge <noreply@clinbridge.invalid>")
  String from;

  @Inject
  @ConfigProperty(name = "smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "smtp.starttls", defaultValue = "false")
  boolean startTls;

  public boolean enabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** Sends one message with the configured server now; throws when it could not. */
  public void sendNow(Outgoing mail) throws MessagingException {
    send(new Settings(host, port, from, user, password, startTls), mail);
  }

  /** Sends one message now; plain so that it is tested against a local SMTP server. */
  public static void send(Settings s, Outgoing mail) throws MessagingException {
    Properties p = new Properties();
    p.put("mail.smtp.host", s.host().orElseThrow());
    p.put("mail.smtp.port", Integer.toString(s.port()));
    p.put("mail.smtp.connectiontimeout", "5000");
    p.put("mail.smtp.timeout", "5000");
    p.put("mail.smtp.writetimeout", "5000");
    p.put("mail.smtp.starttls.enable", Boolean.toString(s.startTls()));
    Authenticator auth = null;
    if (s.user().isPresent()) {
      p.put("mail.smtp.auth", "true");
      String u = s.user().get();
      String pw = s.password().orElse("");
      auth =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(u, pw);
            }
          };
    }
    MimeMessage m = new MimeMessage(Session.getInstance(p, auth));
    m.setFrom(new InternetAddress(s.from()));
    m.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.to()));
    m.setSubject(mail.subject(), "UTF-8");
    m.setText(mail.text(), "UTF-8");
    m.setSentDate(new Date());
    Transport.send(m);
  }
}
