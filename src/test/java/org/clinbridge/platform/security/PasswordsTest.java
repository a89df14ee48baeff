package org.clinbridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
  // A low count keeps the test fast; the format and the logic are the same at 600,000.
  private final Passwords passwords = new Passwords(1_000);

  @Test
  void theDefaultIsOwaspsCurrentCountForPbkdf2Sha256() {
    assertThat(Passwords.OWASP_ITERATIONS).isEqualTo(600_000);
  }

  @Test
  void aHashNamesItsSchemeAndCountAndVerifiesOnlyTheRightPassword() {
    String stored = passwords.hash("correct horse battery staple");
    assertThat(stored).startsWith("pbkdf2-sha256$1000$");
    assertThat(stored.split("\\$")).hasSize(4);
    assertThat(passwords.matches("correct horse battery staple", stored)).isTrue();
    assertThat(passwords.matches("correct horse battery stapler", stored)).isFalse();
    assertThat(passwords.matches("", stored)).isFalse();
  }

  @Test
  void theSameTextHashesDifferentlyEachTimeBecauseOfTheSalt() {
    assertThat(passwords.hash("同一个密码")).isNotEqualTo(passwords.hash("同一个密码"));
    assertThat(passwords.matches("同一个密码", passwords.hash("同一个密码"))).isTrue();
  }

  @Test
  void anOlderLowerCountStillVerifiesAndAsksToBeRehashed() {
    String old = new Passwords(500).hash("pw-1234567890");
    assertThat(passwords.matches("pw-1234567890", old)).isTrue();
    assertThat(passwords.needsRehash(old)).isTrue();
    assertThat(passwords.needsRehash(passwords.hash("pw-1234567890"))).isFalse();
  }

  @Test
  void unreadableStoredValuesNeverMatch() {
    for (String stored :
        new String[] {
          null, "", "plain", "md5$1$a$b", "pbkdf2-sha256$x$AA$AA", "pbkdf2-sha256$1$$"
        }) {
      assertThat(passwords.matches("anything", stored)).isFalse();
    }
    assertThat(passwords.matches(null, passwords.hash("x-1234567890"))).isFalse();
  }
}
