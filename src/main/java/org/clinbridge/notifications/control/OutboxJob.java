package org.clinbridge.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clinbridge.platform.jobs.control.Job;
import org.clinbridge.platform.persistence.Database;
import org.clinbridge.platform.time.DistrictClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox: at once, on another thread, after a transaction that queued mail commits (so a
 * request never waits for the mail server), and every {@code mail.outbox-interval-seconds} as the
 * {@code mail-outbox} job for what that could not send (server down, instance stopped before it got
 * to it). Both go through {@link MailOutbox}'s claims, so they never send a row twice.
 */
@ApplicationScoped
public class OutboxJob implements Job {
  private static final Logger LOG = Logger.getLogger(OutboxJob.class.getName());

  /** Fired when a transaction wrote mail to the outbox. */
  public record Queued() {}

  /** Rows per pass: a pass must end well within the job's lease even with slow SMTP. */
  static final int BATCH = 200;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;

  @Inject Mailer mailer;
  @Inject DistrictClock clock;

  @Inject
  @ConfigProperty(name = "mail.outbox-interval-seconds", defaultValue = "60")
  long intervalSeconds;

  private volatile MailOutbox outbox;

  MailOutbox outbox() {
    MailOutbox o = outbox;
    if (o == null) {
      o = new MailOutbox(dataSource, clock::now, mailer::sendNow);
      outbox = o;
    }
    return o;
  }

  @Override
  public String name() {
    return "mail-outbox";
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(Math.max(5, intervalSeconds));
  }

  @Override
  public String run(OffsetDateTime now) throws SQLException {
    if (!mailer.enabled()) {
      return "e-mail off (no smtp.host)";
    }
    return outbox().drain(BATCH).summary();
  }

  /** Once per committed transaction that queued mail, however many mails it queued. */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
    try {
      executor.submit(this::sendNowQuietly);
    } catch (RejectedExecutionException e) {
      // Shutting down or saturated: the job sends it on its next tick.
      LOG.log(Level.FINE, "Outbox send deferred to the mail-outbox job", e);
    }
  }

  private void sendNowQuietly() {
    try {
      outbox().drain(BATCH);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox not sent now; the mail-outbox job retries", e);
    }
  }
}
