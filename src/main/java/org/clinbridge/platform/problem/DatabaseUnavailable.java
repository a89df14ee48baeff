package org.clinbridge.platform.problem;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises, anywhere in a failure's cause chain, the database being out of reach or too slow: no
 * connection (SQL state class 08, a refused socket, the pool unable to hand one out in time), the
 * server shutting down or starting (57P01-57P03), or a statement or lock timeout (57014, 55P03).
 * Such a request changed nothing (its transaction rolled back) and may be retried, so it is a 503
 * with {@code Retry-After}, never a 500.
 */
public final class DatabaseUnavailable {
  private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014", "55P03");

  /** What the application server says when its pool cannot hand out a connection. */
  private static final Set<String> POOL_MESSAGES =
      Set.of("Error in allocating a connection", "In-use connections equal max-pool-size");

  /**
   * What survives of the server going away when it happens during a commit: the pool's XA wrapper
   * keeps only PostgreSQL's and the driver's message text, not the SQL state (a commit whose
   * outcome is unknown; the client's retry with its Idempotency-Key settles it without a
   * duplicate).
   */
  private static final Set<String> SERVER_GONE_MESSAGES =
      Set.of(
          "terminating connection due to administrator command", "This connection has been closed");

  private DatabaseUnavailable() {}

  public static boolean is(Throwable failure) {
    for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof java.sql.SQLTransientConnectionException
          || c instanceof java.sql.SQLNonTransientConnectionException
          || c instanceof java.net.ConnectException) {
        return true;
      }
      if (c instanceof SQLException sql && unavailable(sql)) {
        return true;
      }
      String message = c.getMessage();
      if (message != null && POOL_MESSAGES.stream().anyMatch(message::contains)) {
        return true;
      }
      if (c instanceof javax.transaction.xa.XAException
          && message != null
          && SERVER_GONE_MESSAGES.stream().anyMatch(message::contains)) {
        return true;
      }
    }
    return false;
  }

  private static boolean unavailable(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      String state = s.getSQLState();
      if (state != null && (state.startsWith("08") || STATES.contains(state))) {
        return true;
      }
    }
    return false;
  }
}
