package org.clinbridge.platform.jobs.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.clinbridge.testing.MigratedDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two job runners in one JVM on one database stand for two instances (two Payara Micro boots would
 * cost minutes on a 2-core machine and show nothing more: the runners share only the database, as
 * instances do). On the test PostgreSQL and on the H2 quickstart database, each migrated from
 * empty: every tick runs once, never twice at a time, a crashed runner's lease expires, and the run
 * history is pruned.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobRunnerIT {
  private static final Duration LEASE = Duration.ofMinutes(10);
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
  void twoRunnersInOneJvmRunEachTickOnceOnPostgresql() throws Exception {
    eachTickRunsOnce(postgres, "pg-ticks");
  }

  @Test
  void twoRunnersInOneJvmRunEachTickOnceOnH2() throws Exception {
    eachTickRunsOnce(h2, "h2-ticks");
  }

  @Test
  void aCrashedRunnersLeaseExpiresOnPostgresql() throws Exception {
    leaseExpires(postgres, "pg-crash");
  }

  @Test
  void aCrashedRunnersLeaseExpiresOnH2() throws Exception {
    leaseExpires(h2, "h2-crash");
  }

  @Test
  void runsOlderThanTheRetentionAreDropped() throws Exception {
    AtomicReference<OffsetDateTime> now = new AtomicReference<>(T0);
    JobRunner runner = new JobRunner(h2, "a", now::get, LEASE, Duration.ofDays(1));
    CountingJob job = new CountingJob("retention");
    runner.runTick(job);
    now.set(T0.plusHours(1));
    runner.runTick(job);
    assertThat(runsOf(h2, job.name)).isEqualTo(2);
    now.set(T0.plusDays(1).plusMinutes(30));
    runner.runTick(job);
    assertThat(runsOf(h2, job.name)).as("the first run is more than a day old").isEqualTo(2);
  }

  private void eachTickRunsOnce(DataSource ds, String name) throws Exception {
    AtomicReference<OffsetDateTime> now = new AtomicReference<>(T0);
    JobRunner a = new JobRunner(ds, "instance-a", now::get, LEASE, Duration.ofDays(30));
    JobRunner b = new JobRunner(ds, "instance-b", now::get, LEASE, Duration.ofDays(30));
    CountingJob job = new CountingJob(name);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      int ticks = 12;
      for (int t = 0; t < ticks; t++) {
        // Within tick t (every minute), both instances fire at the same moment, as their
        // schedules do, and each fires twice (a late or repeated firing of the same tick).
        now.set(T0.plusMinutes(t).plusSeconds(5));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Integer>> fired = new ArrayList<>();
        for (JobRunner r : List.of(a, b)) {
          fired.add(
              pool.submit(
                  () -> {
                    together.await();
                    int ran = r.runTick(job).isPresent() ? 1 : 0;
                    return ran + (r.runTick(job).isPresent() ? 1 : 0);
                  }));
        }
        int ran = 0;
        for (Future<Integer> f : fired) {
          ran += f.get();
        }
        assertThat(ran).as("runs in tick %d", t).isEqualTo(1);
      }
      assertThat(job.perTick).hasSize(ticks);
      assertThat(job.perTick.values()).allSatisfy(c -> assertThat(c.get()).isEqualTo(1));
      assertThat(job.mostAtOnce.get()).isEqualTo(1);
      assertThat(runsOf(ds, name)).isEqualTo(ticks);
      assertThat(instancesThatRan(ds, name)).isNotEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  private void leaseExpires(DataSource ds, String name) throws Exception {
    AtomicReference<OffsetDateTime> now = new AtomicReference<>(T0);
    JobRunner crashed = new JobRunner(ds, "crashed", now::get, LEASE, Duration.ofDays(30));
    JobRunner survivor = new JobRunner(ds, "survivor", now::get, LEASE, Duration.ofDays(30));
    CountingJob job = new CountingJob(name);
    // The crashed instance took the lease and died before giving it back.
    survivor.runNow(new CountingJob(name)); // creates the lease row
    assertThat(crashed.acquire(name, null, T0)).isTrue();
    now.set(T0.plusMinutes(5));
    assertThat(survivor.runNow(job)).as("lease still held").isEmpty();
    assertThat(survivor.runTick(job)).as("lease still held").isEmpty();
    now.set(T0.plus(LEASE).plusSeconds(1));
    Optional<JobRunner.Run> run = survivor.runTick(job);
    assertThat(run).as("lease expired").isPresent();
    assertThat(run.get().instance()).isEqualTo("survivor");
    assertThat(run.get().outcome()).isEqualTo(JobRunner.Outcome.SUCCEEDED);
    assertThat(survivor.runNow(job)).as("released after the run").isPresent();
  }

  private static int runsOf(DataSource ds, String job) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from job_run where job = '" + job + "'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static List<String> instancesThatRan(DataSource ds, String job) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select distinct instance from job_run where job = '" + job + "'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  /** Counts its runs per tick and how many ran at once; slow enough for the runners to race. */
  private static final class CountingJob implements Job {
    final String name;
    final Map<Long, AtomicInteger> perTick = new ConcurrentHashMap<>();
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();

    CountingJob(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Duration interval() {
      return Duration.ofMinutes(1);
    }

    @Override
    public String run(OffsetDateTime now) throws Exception {
      int at = running.incrementAndGet();
      mostAtOnce.accumulateAndGet(at, Math::max);
      try {
        perTick
            .computeIfAbsent(now.toEpochSecond() / 60, k -> new AtomicInteger())
            .incrementAndGet();
        Thread.sleep(20);
        return "counted";
      } finally {
        running.decrementAndGet();
      }
    }
  }
}
