package org.clinbridge.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The one data source of the application.
 *
 * <p>Which database is used is decided at run time by MicroProfile Config ({@code DB_URL}, {@code
 * DB_USER}, {@code DB_PASSWORD} in the environment), so one WAR serves both the embedded H2
 * quickstart and PostgreSQL. {@code db.class} is derived from the URL by {@link
 * DatabaseConfigSource}. Payara resolves {@code ${MPCONFIG=...}} before the application's own
 * config file is read, hence the inline defaults.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "${MPCONFIG=db.class}",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    // Pool bounds are integers in the annotation and cannot be configured; 4..48 fits the
    // 2-core machines we run on (see docs/operations.md for the reasoning).
    minPoolSize = 4,
    maxPoolSize = 48,
    maxIdleTime = 300,
    properties = {
      "fish.payara.statement-cache-size=${MPCONFIG=db.statement-cache-size:100}",
      // A blank type selects Payara's LRU cache; an absent one is read as the class "null".
      "fish.payara.statement-cache-type= ",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      // Validation (auto-commit) is a client-side check of the driver's closed flag, no round
      // trip; at most every 2 s, so connections the database dropped in a restart are found and
      // the pool rebuilt within 2 s of its return (OwnDatabaseIT measures it).
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.slow-query-threshold-in-seconds=${MPCONFIG=db.slow-query-seconds:-1}",
      "fish.payara.connection-leak-timeout-in-seconds=${MPCONFIG=db.leak-timeout-seconds:0}",
      // Bounded waits: a request waits this long for a pooled connection, then answers 503 (not
      // Payara's 60 s); a statement runs at most this long (lock waits included), then is
      // cancelled and answers 503; one connection found broken drops them all, so the pool
      // recovers in one step after a database restart (docs/operations.md#database-faults).
      "fish.payara.max-wait-time-in-millis=${MPCONFIG=db.max-wait-millis:10000}",
      "fish.payara.statement-timeout-in-seconds=${MPCONFIG=db.statement-timeout-seconds:30}",
      "fish.payara.fail-all-connections=true"
    })
public final class Database {
  public static final String JNDI_NAME = "java:app/jdbc/clinbridge";

  private Database() {}

  /**
   * A connection of the application's pool whose statements each commit by themselves, for work
   * that must be visible to other instances at once and outside any container transaction (job
   * leases, outbox claims). The caller closes it.
   */
  public static Connection autoCommitted(DataSource dataSource) throws SQLException {
    Connection c = dataSource.getConnection();
    if (!c.getAutoCommit()) {
      c.setAutoCommit(true);
    }
    return c;
  }
}
