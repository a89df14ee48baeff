package org.clinbridge.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are the database out of reach or too slow (503), and which are not. */
class DatabaseUnavailableTest {
  private static Throwable wrapped(Throwable cause) {
    return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException(cause));
  }

  @Test
  void noConnectionAShutdownOrATimeoutIsUnavailable() {
    assertThat(DatabaseUnavailable.is(wrapped(new SQLException("I/O error", "08006")))).isTrue();
    assertThat(DatabaseUnavailable.is(wrapped(new SQLException("terminating", "57P01")))).isTrue();
    assertThat(DatabaseUnavailable.is(wrapped(new SQLException("statement timeout", "57014"))))
        .isTrue();
    assertThat(DatabaseUnavailable.is(wrapped(new SQLException("lock timeout", "55P03")))).isTrue();
    assertThat(DatabaseUnavailable.is(wrapped(new ConnectException("Connection refused"))))
        .isTrue();
    assertThat(DatabaseUnavailable.is(wrapped(new SQLTransientConnectionException("pool"))))
        .isTrue();
    assertThat(
            DatabaseUnavailable.is(
                wrapped(new RuntimeException("Error in allocating a connection. Cause: timeout"))))
        .isTrue();
    SQLException batch = new SQLException("batch failed", "XX000");
    batch.setNextException(new SQLException("connection lost", "08003"));
    assertThat(DatabaseUnavailable.is(wrapped(batch))).isTrue();
  }

  @Test
  void theServerGoingAwayDuringACommitIsUnavailable() {
    // What OwnDatabaseIT once met: the commit of a create failed while PostgreSQL shut down, and
    // the pool's XA wrapper kept only the message text, no SQL state.
    assertThat(DatabaseUnavailable.is(commitLost())).isTrue();
    // The same words elsewhere than in the XA layer prove nothing.
    assertThat(
            DatabaseUnavailable.is(
                new IllegalStateException("terminating connection due to administrator command")))
        .isFalse();
  }

  /** The chain OwnDatabaseIT's server logged: the commit's SystemException, then the XA layer's. */
  static jakarta.transaction.TransactionalException commitLost() {
    jakarta.transaction.SystemException system = new jakarta.transaction.SystemException();
    system.initCause(
        new javax.transaction.xa.XAException(
            "jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to"
                + " administrator command"));
    return new jakarta.transaction.TransactionalException(
        "Managed bean with Transactional annotation and TxType of REQUIRED encountered exception"
            + " during commit jakarta.transaction.SystemException",
        system);
  }

  @Test
  void aConstraintOrAProgrammingErrorIsNot() {
    assertThat(DatabaseUnavailable.is(wrapped(new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(DatabaseUnavailable.is(wrapped(new SQLException("syntax", "42601")))).isFalse();
    assertThat(DatabaseUnavailable.is(new IllegalStateException("bug"))).isFalse();
  }
}
