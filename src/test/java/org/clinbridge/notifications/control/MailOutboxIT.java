package org.clinbridge.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.clinbridge.testing.MigratedDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox on the test PostgreSQL and the H2 quickstart database, each migrated from empty,
 * against a GreenMail server on a free port: mail queued while the server is down waits and goes
 * out once it is back, nothing lost; two senders draining together (two instances, or the job and
 * the send after a commit) send every mail exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailOutboxIT {
  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.UTC);

  private MigratedDatabases databases;
  private DataSource postgres;
  private DataSource h2;

  @BeforeAll
  void databases() throws Exception {
    databases = MigratedDatabases.create();
    postgres = databases.postgres();
    h2 = databases.h2();
  }

  @AfterAll
  void drop() throws Exception {
    databases.close();
  }

  @Test
  void mailQueuedWhileTheServerIsDownGoesOutOnceItIsBackOnPostgresql() throws Exception {
    nothingIsLostInAnOutage(postgres, "pg-outage");
  }

  @Test
  void mailQueuedWhileTheServerIsDownGoesOutOnceItIsBackOnH2() throws Exception {
    nothingIsLostInAnOutage(h2, "h2-outage");
  }

  @Test
  void twoSendersDrainingTogetherSendEachMailOnceOnPostgresql() throws Exception {
    eachMailOnce(postgres, "pg-race");
  }

  @Test
  void twoSendersDrainingTogetherSendEachMailOnceOnH2() throws Exception {
    eachMailOnce(h2, "h2-race");
  }

  @Test
  void retriesWaitLongerEachTimeUpToAnHour() {
    assertThat(MailOutbox.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(MailOutbox.retryAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(MailOutbox.retryAfter(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(MailOutbox.retryAfter(7)).isEqualTo(Duration.ofMinutes(32));
    assertThat(MailOutbox.retryAfter(8)).as("64 min, capped").isEqualTo(Duration.ofHours(1));
    assertThat(MailOutbox.retryAfter(100)).isEqualTo(Duration.ofHours(1));
  }

  private void nothingIsLostInAnOutage(DataSource ds, String tag) throws Exception {
    int port = freePort();
    Mailer.Settings settings = settings(port);
    AtomicReference<OffsetDateTime> now = new AtomicReference<>(T0);
    MailOutbox outbox = new MailOutbox(ds, now::get, mail -> Mailer.send(settings, mail));
    String to = tag + "@startup.test";
    long id = queue(ds, to, "待办 / To do " + tag, now.get());

    // No server on the port: the attempt fails, the mail stays, with its error and next attempt.
    MailOutbox.Drained first = outbox.drain(100);
    assertThat(first.failed()).isGreaterThanOrEqualTo(1);
    Map<String, Object> row = row(ds, id);
    assertThat(row.get("sent_at")).isNull();
    assertThat(row.get("attempts")).isEqualTo(1);
    assertThat((String) row.get("last_error")).isNotBlank();

    // Before the next attempt is due nothing is tried, even with the server back.
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      now.set(T0.plusSeconds(10));
      outbox.drain(100);
      assertThat(row(ds, id).get("sent_at")).isNull();
      assertThat(received(smtp, to)).isEmpty();

      // Once due, it goes out, once; draining again sends nothing more.
      now.set(T0.plusSeconds(31));
      outbox.drain(100);
      assertThat(row(ds, id).get("sent_at")).isNotNull();
      assertThat(row(ds, id).get("attempts")).isEqualTo(2);
      assertThat(row(ds, id).get("last_error")).isNull();
      now.set(T0.plusHours(2));
      outbox.drain(100);
      assertThat(received(smtp, to)).containsExactly("待办 / To do " + tag);
    } finally {
      smtp.stop();
    }
  }

  private void eachMailOnce(DataSource ds, String tag) throws Exception {
    int port = freePort();
    Mailer.Settings settings = settings(port);
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      int mails = 40;
      for (int i = 0; i < mails; i++) {
        queue(ds, tag + "-" + i + "@startup.test", "mail " + i, T0);
      }
      AtomicReference<OffsetDateTime> now = new AtomicReference<>(T0.plusSeconds(1));
      CyclicBarrier together = new CyclicBarrier(2);
      List<Future<MailOutbox.Drained>> drains = new ArrayList<>();
      for (int s = 0; s < 2; s++) {
        MailOutbox outbox = new MailOutbox(ds, now::get, mail -> Mailer.send(settings, mail));
        drains.add(
            pool.submit(
                () -> {
                  together.await();
                  return outbox.drain(1000);
                }));
      }
      int sent = 0;
      for (Future<MailOutbox.Drained> d : drains) {
        sent += d.get().sent();
      }
      assertThat(sent).isEqualTo(mails);
      assertThat(smtp.waitForIncomingEmail(10_000, mails)).isTrue();
      Map<String, Long> perAddress =
          Arrays.stream(smtp.getReceivedMessages())
              .map(MailOutboxIT::recipient)
              .filter(a -> a.startsWith(tag + "-"))
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertThat(perAddress).hasSize(mails);
      assertThat(perAddress.values()).allSatisfy(c -> assertThat(c).isEqualTo(1L));
    } finally {
      pool.shutdownNow();
      smtp.stop();
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> received(GreenMail smtp, String to) throws Exception {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (recipient(m).equals(to)) {
        subjects.add(m.getSubject());
      }
    }
    return subjects;
  }

  /** What the change that causes a mail writes: a row of its own transaction. */
  private static long queue(DataSource ds, String to, String subject, OffsetDateTime at)
      throws Exception {
    try (Connection c = ds.getConnection()) {
      long id;
      try (PreparedStatement s = c.prepareStatement("select nextval('mail_outbox_seq')");
          ResultSet rs = s.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into mail_outbox (id, public_id, to_address, subject, body, created_at,"
                  + " next_attempt_at) values (?, ?, ?, ?, ?, ?, ?)")) {
        s.setLong(1, id);
        s.setObject(2, UUID.randomUUID());
        s.setString(3, to);
        s.setString(4, subject);
        s.setString(5, "正文\n\nBody\n");
        s.setObject(6, at);
        s.setObject(7, at);
        s.executeUpdate();
      }
      return id;
    }
  }

  private static Map<String, Object> row(DataSource ds, long id) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select attempts, sent_at, last_error from mail_outbox where id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        java.util.HashMap<String, Object> m = new java.util.HashMap<>();
        m.put("attempts", rs.getInt(1));
        m.put("sent_at", rs.getObject(2));
        m.put("last_error", rs.getString(3));
        return m;
      }
    }
  }

  private static Mailer.Settings settings(int port) {
    return new Mailer.Settings(
        Optional.of("127.0.0.1"),
        port,
        "ClinBridge <noreply@clinbridge.test>",
        Optional.empty(),
        Optional.empty(),
        false);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
