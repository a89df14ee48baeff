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
  void aConstraintOrAProgrammingErrorIsNot() {
    assertThat(DatabaseUnavailable.is(wrapped(new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(DatabaseUnavailable.is(wrapped(new SQLException("syntax", "42601")))).isFalse();
    assertThat(DatabaseUnavailable.is(new IllegalStateException("bug"))).isFalse();
  }
}
