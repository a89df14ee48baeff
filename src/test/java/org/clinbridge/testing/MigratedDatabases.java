package org.clinbridge.testing;

import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.clinbridge.platform.persistence.Migrations;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two empty databases migrated by the application's own Flyway scripts, for tests of code that
 * works on plain JDBC against both engines it runs on: a scratch database on the test PostgreSQL
 * (dropped on {@link #close()}) and an in-memory H2 in the quickstart's PostgreSQL mode.
 */
public final class MigratedDatabases implements AutoCloseable {
  private final String postgresUrl;
  private final DataSource postgres;
  private final DataSource h2;

  private MigratedDatabases(String postgresUrl, DataSource postgres, DataSource h2) {
    this.postgresUrl = postgresUrl;
    this.postgres = postgres;
    this.h2 = h2;
  }

  public static MigratedDatabases create() throws SQLException {
    String url = TestDatabase.createScratchDatabase();
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setUrl(url);
    pg.setUser(TestDatabase.user());
    pg.setPassword(TestDatabase.password());
    Migrations.configure(pg).load().migrate();
    JdbcDataSource mem = new JdbcDataSource();
    mem.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Migrations.configure(mem).load().migrate();
    return new MigratedDatabases(url, pg, mem);
  }

  public DataSource postgres() {
    return postgres;
  }

  public DataSource h2() {
    return h2;
  }

  @Override
  public void close() throws SQLException {
    TestDatabase.dropScratchDatabase(postgresUrl);
  }
}
