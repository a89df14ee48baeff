package org.clinbridge.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * A local SMTP server (GreenMail) on a free loopback port, started once per test JVM before the
 * shared instance, which gets it as {@code SMTP_HOST}/{@code SMTP_PORT}: notification e-mails can
 * then be read back by the tests.
 */
public final class TestSmtp {
  private static GreenMail server;

  private TestSmtp() {}

  public static synchronized int port() {
    if (server == null) {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      g.start();
      Runtime.getRuntime().addShutdownHook(new Thread(g::stop));
      server = g;
    }
    return server.getSmtp().getPort();
  }

  /** Subjects of the mails received for {@code address}, waiting up to {@code millis} for one. */
  public static List<String> subjectsTo(String address, long millis) {
    port();
    long deadline = System.currentTimeMillis() + millis;
    while (true) {
      List<String> subjects = new ArrayList<>();
      try {
        for (MimeMessage m : server.getReceivedMessages()) {
          for (var to : m.getAllRecipients()) {
            if (to.toString().equalsIgnoreCase(address)) {
              subjects.add(m.getSubject());
            }
          }
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
      if (!subjects.isEmpty() || System.currentTimeMillis() > deadline) {
        return subjects;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return subjects;
      }
    }
  }
}
