package org.clinbridge.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL the integration tests run on, as named by the build (see the pom: a local one
 * started by src/test/db/ensure-postgres.sh, or the one TEST_DB_URL names).
 */
public final class TestDatabase {
  private TestDatabase() {}

  public static String url() {
    return required("test.db.url");
  }

  public static String user() {
    return required("test.db.user");
  }

  public static String password() {
    return required("test.db.password");
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user(), password());
  }

  /**
   * Creates an empty scratch database beside the test database and returns its URL; for tests that
   * must start from nothing, such as the migration test.
   */
  public static String createScratchDatabase() throws SQLException {
    String name = "scratch_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("create database " + name + " template template0 encoding 'UTF8'");
    }
    return url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1");
  }

  public static void dropScratchDatabase(String scratchUrl) throws SQLException {
    String name = scratchUrl.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    }
  }

  private static String required(String key) {
    String v = System.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(
          key + " is not set: run the tests through Maven (mvn verify)");
    }
    return v;
  }
}
