package org.clinbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RequestIdTest {
  @Test
  void aSaneOfferedIdIsKeptAnythingElseReplaced() {
    assertThat(RequestId.accept("abc-123_x.y:z")).isEqualTo("abc-123_x.y:z");
    assertThat(RequestId.accept("bad id\nwith newline")).hasSize(36).doesNotContain(" ");
    assertThat(RequestId.accept("x".repeat(65))).hasSize(36);
    assertThat(RequestId.accept(null)).hasSize(36);
  }

  @Test
  void logLinesWrittenDuringARequestCarryItsIdOnce() {
    var filter = new RequestIdLogging.Prefixing(null);
    LogRecord outside = new LogRecord(Level.INFO, "boot");
    filter.isLoggable(outside);
    assertThat(outside.getMessage()).isEqualTo("boot");
    RequestId.set("r-1");
    try {
      LogRecord inside = new LogRecord(Level.INFO, "hello");
      filter.isLoggable(inside);
      filter.isLoggable(inside);
      assertThat(inside.getMessage()).isEqualTo("[request r-1] hello");
    } finally {
      RequestId.clear();
    }
  }
}
