package org.clinbridge.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.clinbridge.platform.persistence.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers and holds the migrated schema: a load balancer should not send
 * traffic to an instance that cannot reach PostgreSQL or has not finished migrating. A database too
 * slow to answer within {@code health.database-timeout-seconds} (2) is DOWN too, so the check says
 * so instead of hanging as long as the load balancer's own timeout.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "health.database-timeout-seconds", defaultValue = "2")
  int timeoutSeconds;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(Math.max(1, timeoutSeconds));
      ResultSet rs =
          s.executeQuery("select max(installed_rank) from flyway_schema_history where success");
      rs.next();
      return response
          .up()
          .withData("product", c.getMetaData().getDatabaseProductName())
          .withData("migrations", rs.getLong(1))
          .build();
    } catch (Exception e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
