package org.clinbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinbridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ETagsTest {
  @Test
  void matchingStrongWeakListedOrWildcardTagsPass() {
    assertThatCode(() -> ETags.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
    assertThatCode(() -> ETags.requireMatch("W/\"3\"", 3)).doesNotThrowAnyException();
    assertThatCode(() -> ETags.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
    assertThatCode(() -> ETags.requireMatch("*", 3)).doesNotThrowAnyException();
  }

  @Test
  void aStaleTagIs412() {
    assertThatThrownBy(() -> ETags.requireMatch("\"2\"", 3))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(412);
              assertThat(e.slug()).isEqualTo("stale-resource");
            });
  }

  @Test
  void aMissingTagIs428() {
    assertThatThrownBy(() -> ETags.requireMatch((String) null, 3))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
  }
}
