package org.clinbridge.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptLanguageTest {
  @Test
  void theFirstSupportedLanguageInThePreferenceListWins() {
    assertThat(AcceptLanguage.preferred("fr, zh-CN, en")).isEqualTo(Messages.CHINESE);
    assertThat(AcceptLanguage.preferred("en-US, zh-CN")).isEqualTo(Messages.ENGLISH);
    assertThat(AcceptLanguage.preferred("de")).isEqualTo(Messages.ENGLISH);
    assertThat(AcceptLanguage.preferred(null)).isEqualTo(Messages.ENGLISH);
    assertThat(AcceptLanguage.preferred("zh-TW")).isEqualTo(Messages.CHINESE);
  }

  @Test
  void weightsComeBeforePosition() {
    assertThat(AcceptLanguage.preferred("en;q=0.5, zh;q=0.9")).isEqualTo(Messages.CHINESE);
    assertThat(AcceptLanguage.preferred("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Messages.CHINESE);
    assertThat(AcceptLanguage.preferred("ZH;Q=0.7, fr")).isEqualTo(Messages.CHINESE);
    assertThat(AcceptLanguage.preferred("zh;q=0, en;q=0.1")).isEqualTo(Messages.ENGLISH);
  }

  @Test
  void anUnreadableRangeIsSkippedAndTheRestStillCounts() {
    assertThat(AcceptLanguage.preferred("en;q=abc, zh")).isEqualTo(Messages.CHINESE);
    assertThat(AcceptLanguage.preferred("en;q=7, zh")).isEqualTo(Messages.CHINESE);
    assertThat(AcceptLanguage.preferred(";;;,zh-Hans-CN")).isEqualTo(Messages.CHINESE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        ",",
        ";q=",
        "q=1",
        "*",
        "zz;q=NaN",
        "en;q=-1",
        "en;q=Infinity",
        "\u0000",
        "\uD800",
        "\u202Eelgnat",
        "%%%%%",
        "x-klingon;q=0.5;;;q=,,,",
        "en-US-x-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbb;q=0.0000000001",
        "'; drop table account; --"
      })
  void anyValueGivesALanguageAndNeverFails(String header) {
    assertThat(AcceptLanguage.preferred(header)).isIn(Messages.ENGLISH, Messages.CHINESE);
  }

  @Test
  void aHugeHeaderIsReadOnlyAsFarAsTheLimit() {
    String huge = "fr,".repeat(100_000) + "zh";
    assertThat(AcceptLanguage.preferred(huge)).isEqualTo(Messages.ENGLISH);
    assertThat(AcceptLanguage.preferred("zh," + huge)).isEqualTo(Messages.CHINESE);
  }
}
