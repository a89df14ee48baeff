package org.clinbridge.notifications.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clinbridge.platform.persistence.Database;

/**
 * Sends what the outbox holds. Each row is first claimed by one conditional UPDATE (unsent, due,
 * and not claimed by someone else whose claim still runs), so two instances, or the job and the
 * send right after a commit, never send the same row at the same time; then sent; then marked sent,
 * or given its next attempt after a growing pause (30 s, 1 min, 2 min ... at most 1 h). A row is
 * never given up: an SMTP outage of a day delays mail by a day and loses none. A crash between the
 * send and its mark sends that one mail again once the claim expires; at least once is the promise,
 * since a mail server cannot take part in our transaction.
 *
 * <p>Plain JDBC on its own auto-committed statements, outside any container transaction: a claim
 * must be visible to the other senders at once. Plain so that it is tested with two senders on one
 * database and an SMTP server that is down, then up.
 */
public final class MailOutbox {
  private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

  /** How long a claim keeps other senders off a row: well beyond the SMTP timeouts. */
  static final Duration CLAIM = Duration.ofMinutes(2);

  static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  static final Duration LONGEST_RETRY = Duration.ofHours(1);

  /** Sends one mail, or throws why it could not. */
  @FunctionalInterface
  public interface Sender {
    void send(Mailer.Outgoing mail) throws Exception;
  }

  /** What one pass did, and what is left. */
  public record Drained(int sent, int failed, long waiting) {
    public String summary() {
      return "sent " + sent + ", failed " + failed + ", waiting " + waiting;
    }
  }

  private record Row(long id, String to, String subject, String body, int attempts) {}

  private final DataSource dataSource;
  private final Supplier<OffsetDateTime> clock;
  private final Sender sender;

  public MailOutbox(DataSource dataSource, Supplier<OffsetDateTime> clock, Sender sender) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.sender = sender;
  }

  /** The pause before attempt {@code attempts + 1}: doubling from 30 s, at most an hour. */
  static Duration retryAfter(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 20));
    Duration d = FIRST_RETRY.multipliedBy(1L << doublings);
    return d.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : d;
  }

  /** Sends up to {@code max} due rows, oldest first. */
  public Drained drain(int max) throws SQLException {
    int sent = 0;
    int failed = 0;
    for (Row row : due(max)) {
      if (!claim(row.id())) {
        continue; // another sender has it
      }
      try {
        sender.send(new Mailer.Outgoing(row.to(), row.subject(), row.body()));
        markSent(row.id());
        sent++;
      } catch (Exception e) {
        failed++;
        retryLater(row.id(), row.attempts() + 1, e);
        LOG.log(
            Level.WARNING,
            "E-mail to " + row.to() + " not sent (attempt " + (row.attempts() + 1) + "); kept",
            e);
      }
    }
    return new Drained(sent, failed, waiting());
  }

  /** Unsent rows, whether due now or waiting for a retry. */
  public long waiting() throws SQLException {
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement("select count(*) from mail_outbox where sent_at is null");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<Row> due(int max) throws SQLException {
    OffsetDateTime now = now();
    List<Row> rows = new ArrayList<>();
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement(
                "select id, to_address, subject, body, attempts from mail_outbox"
                    + " where sent_at is null and next_attempt_at <= ?"
                    + " and (claimed_until is null or claimed_until < ?)"
                    + " order by next_attempt_at, id")) {
      s.setObject(1, now);
      s.setObject(2, now);
      s.setMaxRows(max);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
        }
      }
    }
    return rows;
  }

  /** Exactly one of several racing senders sees a row count of 1. */
  boolean claim(long id) throws SQLException {
    OffsetDateTime now = now();
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement(
                "update mail_outbox set claimed_until = ? where id = ? and sent_at is null"
                    + " and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)")) {
      s.setObject(1, now.plus(CLAIM));
      s.setLong(2, id);
      s.setObject(3, now);
      s.setObject(4, now);
      return s.executeUpdate() == 1;
    }
  }

  private void markSent(long id) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement(
                "update mail_outbox set sent_at = ?, attempts = attempts + 1,"
                    + " claimed_until = null, last_error = null where id = ?")) {
      s.setObject(1, now());
      s.setLong(2, id);
      s.executeUpdate();
    }
  }

  private void retryLater(long id, int attempts, Exception cause) throws SQLException {
    String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement(
                "update mail_outbox set attempts = ?, next_attempt_at = ?, claimed_until = null,"
                    + " last_error = ? where id = ?")) {
      s.setInt(1, attempts);
      s.setObject(2, now().plus(retryAfter(attempts)));
      s.setString(3, error.length() > 500 ? error.substring(0, 500) : error);
      s.setLong(4, id);
      s.executeUpdate();
    }
  }

  private OffsetDateTime now() {
    return clock.get().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  private Connection connection() throws SQLException {
    return Database.autoCommitted(dataSource);
  }
}
