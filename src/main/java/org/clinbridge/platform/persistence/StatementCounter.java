package org.clinbridge.platform.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread, so a test can see what a
 * request cost and a regression to one query per row fails ({@code StatementCountIT}). Registered
 * as the persistence unit's session event listener; a request's count starts after the previous
 * request on the thread ended ({@code platform.web.StatementCountFilter}), so the statements of
 * signing the caller in are counted too. Counting is an increment of a thread-local: it stays on in
 * production, only the response header that shows it is switched by configuration.
 */
public class StatementCounter extends SessionEventAdapter {
  private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

  @Override
  public void preExecuteCall(SessionEvent event) {
    COUNT.get()[0]++;
  }

  /** The statements sent on this thread since the last {@link #reset()}. */
  public static int count() {
    return COUNT.get()[0];
  }

  public static void reset() {
    COUNT.get()[0] = 0;
  }
}
