package org.clinbridge.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import org.clinbridge.notifications.control.Mailer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jakarta Mail against GreenMail on a free localhost port. */
class MailerTest {
  private GreenMail smtp;
  private int port;

  @BeforeEach
  void start() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  private Mailer.Settings settings(Optional<String> user) {
    return new Mailer.Settings(
        Optional.of("127.0.0.1"),
        port,
        "ClinBridge <noreply@clinbridge.test>",
        user,
        user.map(u -> "secret"),
        false);
  }

  @Test
  void aNotificationIsSentInBothLanguagesAsUtf8() throws Exception {
    Mailer.send(
        settings(Optional.empty()),
        new Mailer.Outgoing(
            "founder@startup.test",
            "申请已被接受 / Application accepted",
            "您的申请已被接受。\n\nYour application was accepted.\n"));
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage m = smtp.getReceivedMessages()[0];
    assertThat(m.getSubject()).isEqualTo("申请已被接受 / Application accepted");
    assertThat(m.getAllRecipients()[0].toString()).isEqualTo("founder@startup.test");
    assertThat(m.getFrom()[0].toString()).contains("noreply@clinbridge.test");
    assertThat(GreenMailUtil.getBody(m)).isNotBlank();
    assertThat(m.getContent().toString())
        .contains("您的申请已被接受")
        .contains("Your application was accepted");
  }

  @Test
  void anAuthenticatedServerGetsTheCredentials() throws Exception {
    smtp.setUser("clinbridge", "secret");
    smtp.getManagers().getUserManager().setAuthRequired(true);
    Mailer.send(
        settings(Optional.of("clinbridge")),
        new Mailer.Outgoing("hospital@example.test", "Subject", "Text"));
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
  }

  @Test
  void anUnreachableServerIsAnErrorForTheCallerToLog() {
    smtp.stop();
    assertThatThrownBy(
            () ->
                Mailer.send(settings(Optional.empty()), new Mailer.Outgoing("a@b.test", "S", "T")))
        .isInstanceOf(MessagingException.class);
  }
}
