package org.clinbridge.platform.jobs.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clinbridge.platform.persistence.Database;

/**
 * Runs jobs under a lease row of {@code job_lease}, so that any number of runners (one per
 * instance, all on one database) never run the same job at the same time and each tick of a job's
 * schedule runs once. The lease is taken by one conditional UPDATE (portable: PostgreSQL and the H2
 * quickstart), committed at once, and held until the run ends or its time is up, so a crashed
 * instance's lease expires. Plain JDBC on autocommit connections and no container, so that two
 * runners in one JVM can be tested against both databases (JobRunnerIT).
 */
public final class JobRunner {
  private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

  public enum Outcome {
    SUCCEEDED,
    FAILED
  }

  /** What one run did. {@code tick} is null for a run asked for by an administrator. */
  public record Run(
      UUID id,
      String job,
      OffsetDateTime tick,
      String instance,
      OffsetDateTime startedAt,
      long durationMs,
      Outcome outcome,
      String summary) {}

  private final DataSource dataSource;
  private final String instance;
  private final Supplier<OffsetDateTime> clock;
  private final Duration lease;
  private final Duration retention;

  public JobRunner(
      DataSource dataSource,
      String instance,
      Supplier<OffsetDateTime> clock,
      Duration lease,
      Duration retention) {
    this.dataSource = dataSource;
    this.instance = instance;
    this.clock = clock;
    this.lease = lease;
    this.retention = retention;
  }

  public String instance() {
    return instance;
  }

  /** The start of the tick {@code at} falls in: a multiple of the interval since the epoch. */
  public static OffsetDateTime tickOf(OffsetDateTime at, Duration interval) {
    long step = Math.max(1, interval.toSeconds());
    long s = at.toEpochSecond();
    return OffsetDateTime.ofInstant(
        java.time.Instant.ofEpochSecond(Math.floorDiv(s, step) * step), ZoneOffset.UTC);
  }

  /**
   * Runs the job for the current tick unless another runner took that tick or holds the lease;
   * empty when it did not run here.
   */
  public Optional<Run> runTick(Job job) throws SQLException {
    OffsetDateTime now = now();
    return runUnderLease(job, tickOf(now, job.interval()), now);
  }

  /** Runs the job now, outside its schedule but still under its lease; empty when it is busy. */
  public Optional<Run> runNow(Job job) throws SQLException {
    return runUnderLease(job, null, now());
  }

  private Optional<Run> runUnderLease(Job job, OffsetDateTime tick, OffsetDateTime now)
      throws SQLException {
    ensureLeaseRow(job.name());
    if (!acquire(job.name(), tick, now)) {
      return Optional.empty();
    }
    long started = System.nanoTime();
    Outcome outcome = Outcome.SUCCEEDED;
    String summary;
    try {
      summary = job.run(now);
    } catch (Exception e) {
      outcome = Outcome.FAILED;
      summary = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.log(Level.WARNING, "Job " + job.name() + " failed on " + instance, e);
    } finally {
      release(job.name());
    }
    Run run =
        new Run(
            UUID.randomUUID(),
            job.name(),
            tick,
            instance,
            now,
            Duration.ofNanos(System.nanoTime() - started).toMillis(),
            outcome,
            summary == null ? null : summary.substring(0, Math.min(500, summary.length())));
    record(run);
    return Optional.of(run);
  }

  private OffsetDateTime now() {
    return clock.get().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  private void ensureLeaseRow(String name) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into job_lease (name) select ? where not exists"
                    + " (select 1 from job_lease where name = ?)")) {
      s.setString(1, name);
      s.setString(2, name);
      s.executeUpdate();
    } catch (SQLException e) {
      // Another runner inserted it between our check and our insert: the row is there.
      if (!leaseRowExists(name)) {
        throw e;
      }
    }
  }

  private boolean leaseRowExists(String name) throws SQLException {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement("select 1 from job_lease where name = ?")) {
      s.setString(1, name);
      try (var rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Takes the lease when it is free or expired and, for a scheduled run, when the tick is newer
   * than the last one taken. The database applies the UPDATE to the row under its row lock, so of
   * two runners racing for it exactly one sees a row count of 1.
   */
  boolean acquire(String name, OffsetDateTime tick, OffsetDateTime now) throws SQLException {
    String sql =
        tick == null
            ? "update job_lease set owner = ?, lease_until = ? where name = ?"
                + " and (lease_until is null or lease_until < ?)"
            : "update job_lease set owner = ?, lease_until = ?, last_tick = ? where name = ?"
                + " and (lease_until is null or lease_until < ?)"
                + " and (last_tick is null or last_tick < ?)";
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      s.setString(i++, instance);
      s.setObject(i++, now.plus(lease));
      if (tick != null) {
        s.setObject(i++, tick);
      }
      s.setString(i++, name);
      s.setObject(i++, now);
      if (tick != null) {
        s.setObject(i++, tick);
      }
      return s.executeUpdate() == 1;
    }
  }

  private void release(String name) {
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement(
                "update job_lease set owner = null, lease_until = null"
                    + " where name = ? and owner = ?")) {
      s.setString(1, name);
      s.setString(2, instance);
      s.executeUpdate();
    } catch (SQLException e) {
      // The lease then runs out by itself; the next tick is at most delayed until it does.
      LOG.log(Level.WARNING, "Lease of job " + name + " not released; it expires by itself", e);
    }
  }

  private void record(Run run) throws SQLException {
    try (Connection c = connection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into job_run (id, public_id, job, tick, instance, started_at, duration_ms,"
                  + " outcome, summary) values (nextval('job_run_seq'), ?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setObject(1, run.id());
        s.setString(2, run.job());
        s.setObject(3, run.tick());
        s.setString(4, run.instance());
        s.setObject(5, run.startedAt());
        s.setLong(6, run.durationMs());
        s.setString(7, run.outcome().name());
        s.setString(8, run.summary());
        s.executeUpdate();
      }
      // Bounded history: every run drops what is older than the retention period.
      try (PreparedStatement s = c.prepareStatement("delete from job_run where started_at < ?")) {
        s.setObject(1, run.startedAt().minus(retention));
        s.executeUpdate();
      }
    }
  }

  private Connection connection() throws SQLException {
    return Database.autoCommitted(dataSource);
  }
}
