package org.clinbridge.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query whose connection was lost, three times and 5 s apart, on the request
 * thread: with the database down a request then hangs 15 s before it fails. We want the opposite, a
 * 503 at once and the client's own retry (with its Idempotency-Key), so the application never
 * retries a query. This version of EclipseLink has no persistence-unit property for it; the login
 * has.
 */
public class NoQueryRetries implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
    session.getLogin().setDelayBetweenConnectionAttempts(0);
  }
}
