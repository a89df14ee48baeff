package org.clinbridge.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs the Flyway migrations once at deployment, before any request or JPA use. Bean-managed
 * transactions because Flyway commits each migration itself. When several instances start on one
 * database, Flyway's own lock lets one migrate while the others wait and then find it up to date.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result = configure(dataSource).load().migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, database "
                + result.database
                + ")");
  }

  /**
   * The one Flyway configuration, shared with the migration tests so they exercise exactly what
   * production runs: common SQL plus the folder of the detected vendor.
   */
  public static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource ds) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(ds)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorOf(ds))
        // A vendor folder exists only where that vendor needs SQL of its own.
        .failOnMissingLocations(false)
        .validateMigrationNaming(true);
  }

  static String vendorOf(DataSource ds) {
    try (Connection c = ds.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase();
      return product.contains("postgres") ? "postgresql" : "h2";
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }
}
