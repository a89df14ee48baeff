package org.clinbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.clinbridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyCheckTest {
  private static void check(String json) {
    JsonBodyCheck.check(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void completeDocumentsPass() {
    assertThatCode(() -> check("{\"a\": {\"b\": [1, \"x\", null, {\"c\": true}]}, \"d\": 2}"))
        .doesNotThrowAnyException();
    assertThatCode(() -> check("[]")).doesNotThrowAnyException();
    assertThatCode(() -> check("\"just a string\"")).doesNotThrowAnyException();
    assertThatCode(() -> check("{\"name\": \"\\uD83D\\uDE00 😀 עברית\"}"))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"zzz\": {\"a\": 1",
        "{\"zzz\": [1, 2",
        "{\"zzz\": {",
        "{\"zzz\": [",
        "{\"zzz\":",
        "{\"a\"",
        "{",
        "[",
        "   ",
        "{\"a\": 1}}",
        "{\"a\": 1} trailing",
        "{\"a\": tru}",
        "{'a': 1}",
        "{\"a\": \"unterminated}"
      })
  @Timeout(5)
  void truncatedOrBrokenBodiesAreMalformedAndFailFast(String json) {
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> check(json));
    assertThat(e).as(json).isNotNull();
    assertThat(e.slug()).isEqualTo("malformed-json");
    assertThat(e.status()).isEqualTo(400);
  }

  @Test
  void nestingIsBounded() {
    String ok = "[".repeat(JsonBodyCheck.MAX_DEPTH) + "]".repeat(JsonBodyCheck.MAX_DEPTH);
    assertThatCode(() -> check(ok)).doesNotThrowAnyException();
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> check(deep))
        .isInstanceOf(ProblemException.class)
        .extracting(t -> ((ProblemException) t).slug())
        .isEqualTo("malformed-json");
  }

  @Test
  void unstorableTextIsNamedByItsJsonPath() {
    assertThat(field("{\"username\": \"a\\u0000b\"}")).isEqualTo("username");
    assertThat(field("{\"name\": {\"zh\": \"ok\", \"en\": \"\\uD800\"}}")).isEqualTo("name.en");
    assertThat(field("{\"sites\": [{\"a\": 1}, {\"name\": \"x\\uDC00\"}]}"))
        .isEqualTo("sites[1].name");
    assertThat(field("{\"tags\": [\"a\", \"b\", \"\\u0000\"]}")).isEqualTo("tags[2]");
    assertThat(field("{\"a\": {\"b\\u0000\": 1}}")).isEqualTo("a.b\uFFFD");
  }

  @Test
  void aBodyOverTheLimitIs413() {
    byte[] big = new byte[JsonBodyCheck.MAX_BYTES + 1];
    assertThatThrownBy(() -> JsonBodyCheck.read(new ByteArrayInputStream(big)))
        .isInstanceOf(ProblemException.class)
        .extracting(t -> ((ProblemException) t).status())
        .isEqualTo(413);
  }

  @Test
  void aBodyAtTheLimitIsCheckedInLinearTime() {
    StringBuilder json = new StringBuilder("[");
    while (json.length() < JsonBodyCheck.MAX_BYTES - 20) {
      json.append("{\"a\":\"bbbbbbbb\"},");
    }
    json.append("1]");
    long start = System.nanoTime();
    check(json.toString());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  private static String field(String json) {
    ProblemException e = catchThrowableOfType(ProblemException.class, () -> check(json));
    assertThat(e).as(json).isInstanceOf(ProblemException.InvalidFieldException.class);
    return ((ProblemException.InvalidFieldException) e).field();
  }
}
