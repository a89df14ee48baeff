package org.clinbridge.platform.jobs.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.InetAddress;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clinbridge.platform.jobs.entity.JobRun;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.Database;
import org.clinbridge.platform.persistence.JpqlWhere;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.time.DistrictClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The jobs of this instance: every CDI bean implementing {@link Job}, scheduled on the container's
 * default managed scheduled executor at the start of each tick, and run through one {@link
 * JobRunner} whose lease rows make the cluster run each tick once. Settings: {@code jobs.enabled},
 * {@code jobs.lease-seconds}, {@code jobs.run-retention-days}, {@code jobs.instance}
 * (docs/operations.md#jobs).
 */
@ApplicationScoped
public class Jobs {
  private static final Logger LOG = Logger.getLogger(Jobs.class.getName());
  public static final String RUNS_CURSOR = "job-runs";

  /** A job with what the page and the API show of it. */
  @Schema(name = "JobStatus")
  public record Status(Job job, Optional<JobRun> last, OffsetDateTime nextRun) {}

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService executor;

  @Inject @Any Instance<Job> jobs;
  @Inject DistrictClock clock;
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "jobs.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "jobs.lease-seconds", defaultValue = "600")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "jobs.run-retention-days", defaultValue = "30")
  long retentionDays;

  @Inject
  @ConfigProperty(name = "jobs.instance")
  Optional<String> instanceName;

  private JobRunner runner;
  private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

  synchronized JobRunner runner() {
    if (runner == null) {
      runner =
          new JobRunner(
              dataSource,
              instanceName.filter(n -> !n.isBlank()).orElseGet(Jobs::defaultInstanceName),
              clock::now,
              Duration.ofSeconds(leaseSeconds),
              Duration.ofDays(retentionDays));
    }
    return runner;
  }

  /** Host name and a random suffix: two instances on one host must not share a lease owner. */
  private static String defaultInstanceName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "instance";
    }
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return (host.length() > 80 ? host.substring(0, 80) : host) + "-" + suffix;
  }

  /** Schedules every job at the start of its next tick (called once the schema is migrated). */
  public synchronized void start() {
    if (!enabled) {
      LOG.info("Jobs are off on this instance (jobs.enabled=false)");
      return;
    }
    OffsetDateTime now = clock.now();
    for (Job job : all()) {
      long interval = job.interval().toMillis();
      OffsetDateTime next = JobRunner.tickOf(now, job.interval()).plus(job.interval());
      // A little jitter, so that instances do not all hit the lease row in the same millisecond.
      long delay =
          Duration.between(now, next).toMillis()
              + ThreadLocalRandom.current().nextLong(Math.max(1, Math.min(interval / 10, 2000)));
      scheduled.add(
          executor.scheduleAtFixedRate(() -> tick(job), delay, interval, TimeUnit.MILLISECONDS));
    }
    LOG.info("Jobs scheduled on " + runner().instance() + ": " + names());
  }

  public synchronized void stop() {
    scheduled.forEach(f -> f.cancel(false));
    scheduled.clear();
  }

  private void tick(Job job) {
    try {
      runner().runTick(job);
    } catch (SQLException | RuntimeException e) {
      // Never let an exception out: the executor would stop scheduling the job.
      LOG.log(Level.WARNING, "Job " + job.name() + " could not take its lease", e);
    }
  }

  /**
   * Runs a job now under its lease, outside any caller's transaction (the lease must commit at
   * once); a job another instance is running is a 409.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public JobRunner.Run runNow(String name) {
    Job job = find(name);
    try {
      return runner()
          .runNow(job)
          .orElseThrow(() -> new ProblemException(409, "job-busy", "job-busy.detail", name));
    } catch (SQLException e) {
      throw new IllegalStateException("Lease of job " + name + " not available", e);
    }
  }

  public List<Job> all() {
    return jobs.stream().sorted(Comparator.comparing(Job::name)).toList();
  }

  public List<String> names() {
    return all().stream().map(Job::name).toList();
  }

  public Job find(String name) {
    return all().stream()
        .filter(j -> j.name().equals(name))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("job", name));
  }

  public List<Status> statuses() {
    OffsetDateTime now = clock.now();
    return all().stream()
        .map(
            j ->
                new Status(
                    j,
                    em.createQuery(
                            "select r from JobRun r where r.job = :job"
                                + " order by r.startedAt desc, r.publicId desc",
                            JobRun.class)
                        .setParameter("job", j.name())
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst(),
                    enabled ? JobRunner.tickOf(now, j.interval()).plus(j.interval()) : null))
        .toList();
  }

  /** A job's runs, newest first, {@code limit + 1} rows for {@code Page.of}. */
  public List<JobRun> runs(String name, PageRequest page) {
    find(name);
    return new JpqlWhere()
        .when(true, "r.job = :job", "job", name)
        .beforeCreated(page, RUNS_CURSOR, "r.startedAt", "r.publicId")
        .query(
            em,
            "select r from JobRun r",
            "order by r.startedAt desc, r.publicId desc",
            JobRun.class)
        .setMaxResults(page.limit() + 1)
        .getResultList();
  }
}
