package org.clinbridge.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinbridge.organisations.entity.Uscc;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.testing.Usccs;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // The worked example of GB 32100-2015 and codes whose check characters were computed by
        // hand with the standard's weights (one of them checks to 0, from a sum divisible by 31).
        "91350100M000100Y43",
        "11500106MB19400135",
        "91500106MA5UABCD07",
        "12500000450400000C"
      })
  void validCodesPass(String code) {
    assertThat(Uscc.check(code)).isEmpty();
    assertThat(Uscc.require(code)).isEqualTo(code);
  }

  @Test
  void theCheckCharacterFollowsTheStandardsFormula() {
    // 9 1 3 5 0 1 0 0 M 0 0 0 1 0 0 Y 4 -> weighted sum 431; 431 mod 31 = 28; 31 - 28 = 3
    assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
  }

  @Test
  void aRemainderOfZeroMapsToCheckCharacterZero() {
    // Find a 17-character prefix whose weighted sum is divisible by 31 and see it check to '0'.
    String prefix = "9150010600000000";
    for (char c : Uscc.ALPHABET.toCharArray()) {
      String first17 = prefix + c;
      int sum = 0;
      int[] w = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
      for (int i = 0; i < 17; i++) {
        sum += Uscc.ALPHABET.indexOf(first17.charAt(i)) * w[i];
      }
      if (sum % 31 == 0) {
        assertThat(Uscc.checkCharacter(first17)).isEqualTo('0');
        return;
      }
    }
    // 31 candidates for the last position cover every remainder: one must be divisible.
    throw new AssertionError("no prefix with a remainder of 0 found");
  }

  @Test
  void aWrongCheckCharacterSaysWhatWasFoundAndWhatWasExpected() {
    var problem = Uscc.check("91350100M000100Y44").orElseThrow();
    assertThat(problem.kind()).isEqualTo(Uscc.Kind.CHECK);
    assertThat(problem.position()).isEqualTo(18);
    assertThat(problem.found()).isEqualTo('4');
    assertThat(problem.expected()).isEqualTo('3');
    assertThatThrownBy(() -> Uscc.require("91350100M000100Y44"))
        .isInstanceOfSatisfying(
            ProblemException.InvalidFieldException.class,
            e -> {
              assertThat(e.field()).isEqualTo("uscc");
              assertThat(e.detailKey()).isEqualTo("uscc.check");
              assertThat(e.args()).containsExactly("4", "3");
            });
  }

  @Test
  void aForbiddenLetterIsNamedWithItsPosition() {
    // I, O, S, V, Z and lower case are not in the alphabet.
    for (char bad : new char[] {'I', 'O', 'S', 'V', 'Z', 'a'}) {
      String code = "9135010" + bad + "M000100Y43";
      var problem = Uscc.check(code).orElseThrow();
      assertThat(problem.kind()).isEqualTo(Uscc.Kind.CHARACTER);
      assertThat(problem.position()).isEqualTo(8);
      assertThat(problem.found()).isEqualTo(bad);
    }
  }

  @Test
  void aWrongLengthIsReported() {
    assertThat(Uscc.check("91350100M000100Y4").orElseThrow().kind()).isEqualTo(Uscc.Kind.LENGTH);
    assertThat(Uscc.check(null).orElseThrow().kind()).isEqualTo(Uscc.Kind.LENGTH);
    assertThat(Uscc.check("91350100M000100Y433").orElseThrow().kind()).isEqualTo(Uscc.Kind.LENGTH);
  }

  @RepeatedTest(20)
  void theTestGeneratorMakesValidCodesAndWrongOnesOnRequest() {
    assertThat(Uscc.isValid(Usccs.random())).isTrue();
    assertThat(Uscc.check(Usccs.withWrongCheck()).orElseThrow().kind()).isEqualTo(Uscc.Kind.CHECK);
  }
}
