package org.clinbridge.platform.persistence;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the JDBC data source class from the configured URL, so that an operator sets {@code
 * DB_URL} alone and never has to know a driver class name. An explicit {@code DB_CLASS} (or {@code
 * db.class}) still wins: this source sits below environment and system properties.
 */
public class DatabaseConfigSource implements ConfigSource {
  static final String KEY = "db.class";
  static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";
  static final String H2 = "org.h2.jdbcx.JdbcDataSource";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public String getValue(String propertyName) {
    return KEY.equals(propertyName) ? dataSourceClassFor(configuredUrl()) : null;
  }

  static String dataSourceClassFor(String url) {
    return url != null && url.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
  }

  private static String configuredUrl() {
    String url = System.getProperty("db.url");
    if (url == null || url.isBlank()) {
      url = System.getenv("DB_URL");
    }
    return url;
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(KEY, getValue(KEY));
  }

  @Override
  public int getOrdinal() {
    // Above META-INF/microprofile-config.properties (100), below environment (300).
    return 150;
  }

  @Override
  public String getName() {
    return "clinbridge-database-kind";
  }
}
