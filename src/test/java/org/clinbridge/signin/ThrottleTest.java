package org.clinbridge.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.clinbridge.signin.entity.SignInThrottledException;
import org.clinbridge.signin.entity.ThrottleCounter;
import org.clinbridge.signin.entity.ThrottlePolicy;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  private static final ThrottlePolicy ACCOUNT =
      new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));
  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void theDelayStartsAtTheNthFailureAndDoublesUpToTheCap() {
    assertThat(ACCOUNT.delayAfter(4)).isZero();
    assertThat(ACCOUNT.delayAfter(5)).hasSeconds(30);
    assertThat(ACCOUNT.delayAfter(6)).hasSeconds(60);
    assertThat(ACCOUNT.delayAfter(7)).hasSeconds(120);
    assertThat(ACCOUNT.delayAfter(10)).hasSeconds(900);
    assertThat(ACCOUNT.delayAfter(1_000)).hasSeconds(900);
  }

  @Test
  void aCounterBlocksAfterFiveFailuresAndForgetsWhenTheWindowEnds() {
    ThrottleCounter c = new ThrottleCounter("account:x", T0);
    for (int i = 0; i < 4; i++) {
      c.fail(T0.plusSeconds(i), ACCOUNT);
    }
    assertThat(c.blockedFor(T0.plusSeconds(4))).isEmpty();
    c.fail(T0.plusSeconds(4), ACCOUNT);
    assertThat(c.blockedFor(T0.plusSeconds(5))).contains(Duration.ofSeconds(29));
    assertThat(c.blockedFor(T0.plusSeconds(40))).isEmpty();
    // One more failure after the block: twice as long.
    c.fail(T0.plusSeconds(40), ACCOUNT);
    assertThat(c.blockedFor(T0.plusSeconds(40))).contains(Duration.ofSeconds(60));
    // A failure after the window has passed starts counting again from one.
    c.fail(T0.plusMinutes(30), ACCOUNT);
    assertThat(c.failures()).isEqualTo(1);
    assertThat(c.blockedFor(T0.plusMinutes(30))).isEmpty();
  }

  @Test
  void retryAfterIsRoundedUpToWholeSeconds() {
    assertThat(new SignInThrottledException(Duration.ofMillis(29_001)).headers())
        .containsEntry("Retry-After", "30");
    assertThat(new SignInThrottledException(Duration.ofMillis(10)).retryAfterSeconds())
        .isEqualTo(1);
  }
}
