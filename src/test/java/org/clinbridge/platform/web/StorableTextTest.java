package org.clinbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {
  @Test
  void nulAndUnpairedSurrogatesCannotBeStored() {
    assertThat(StorableText.storable("a\u0000")).isFalse();
    assertThat(StorableText.storable("\uD800")).isFalse();
    assertThat(StorableText.storable("x\uDC00y")).isFalse();
    assertThat(StorableText.storable("\uD800\uD800\uDC00")).isFalse();
  }

  @Test
  void everythingElseCan() {
    assertThat(StorableText.storable(null)).isTrue();
    assertThat(StorableText.storable("")).isTrue();
    assertThat(StorableText.storable("重庆 😀 עברית \u202E \t\n")).isTrue();
  }
}
