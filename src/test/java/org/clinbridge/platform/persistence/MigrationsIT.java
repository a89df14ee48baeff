package org.clinbridge.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.clinbridge.testing.TestDatabase;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations production runs, applied to an empty database of each kind we support: every
 * migration succeeds, the reference rows are there, and a second run finds nothing to do.
 */
class MigrationsIT {
  @Test
  void migrateAnEmptyPostgresqlDatabase() throws Exception {
    String url = TestDatabase.createScratchDatabase();
    try {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setUrl(url);
      ds.setUser(TestDatabase.user());
      ds.setPassword(TestDatabase.password());
      assertThat(Migrations.vendorOf(ds)).isEqualTo("postgresql");
      migrateTwiceAndCheck(ds);
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("select count(*) from pg_extension where extname = 'pg_trgm'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("pg_trgm installed by the PostgreSQL-only migration").isOne();
      }
    } finally {
      TestDatabase.dropScratchDatabase(url);
    }
  }

  @Test
  void migrateAnEmptyH2DatabaseInQuickstartMode() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    assertThat(Migrations.vendorOf(ds)).isEqualTo("h2");
    migrateTwiceAndCheck(ds);
  }

  private static void migrateTwiceAndCheck(DataSource ds) throws Exception {
    MigrateResult first = Migrations.configure(ds).load().migrate();
    assertThat(first.success).isTrue();
    assertThat(first.migrationsExecuted).isPositive();
    MigrateResult second = Migrations.configure(ds).load().migrate();
    assertThat(second.migrationsExecuted).isZero();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select count(*), min(code), max(code) from nmpa_subcatalogue")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(22);
      assertThat(rs.getString(2)).isEqualTo("01");
      assertThat(rs.getString(3)).isEqualTo("22");
    }
  }
}
