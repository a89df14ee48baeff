package org.clinbridge.platform.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.clinbridge.platform.persistence.StatementCounter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code diagnostics.statement-count-header} on (the tests; off in production, where it would
 * tell a client how its request was served), every API answer carries {@code X-Statement-Count}:
 * the SQL statements the request sent, signing in included. Set before the body is written, which
 * is enough: views are records built inside the use case, nothing loads while serialising.
 */
@Provider
public class StatementCountHeader implements ContainerResponseFilter {
  public static final String HEADER = "X-Statement-Count";

  @Inject
  @ConfigProperty(name = "diagnostics.statement-count-header", defaultValue = "false")
  boolean enabled;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (enabled) {
      response.getHeaders().putSingle(HEADER, StatementCounter.count());
    }
  }
}
