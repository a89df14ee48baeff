package org.clinbridge.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void everyBundleSpeaksBothLanguagesWithTheSameKeys() throws IOException {
    for (String bundle : List.of("problems", "ui", "projects")) {
      Properties en = load("i18n/" + bundle + ".properties");
      Properties zh = load("i18n/" + bundle + "_zh_CN.properties");
      assertThat(zh.stringPropertyNames())
          .as(bundle + ": keys in zh-CN and en")
          .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }
  }

  @Test
  void chineseTextsAreReadAsUtf8() {
    assertThat(Messages.problems(Messages.CHINESE).text("not-found.title")).isEqualTo("未找到");
    assertThat(Messages.problems(Locale.TAIWAN).text("not-found.title")).isEqualTo("未找到");
    assertThat(Messages.problems(Locale.FRENCH).text("not-found.title")).isEqualTo("Not found");
  }

  @Test
  void pageTextsComeInBothLanguagesWithoutFallingBackToTheServerLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(Messages.ui(Messages.ENGLISH).text("sign-in.title")).isEqualTo("Sign in");
      assertThat(Messages.ui(Messages.CHINESE).text("sign-in.title")).isEqualTo("登录");
      assertThat(Messages.ui(Messages.ENGLISH).bundle().getString("nav.home")).isEqualTo("Home");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void argumentsAreFormattedAndAMissingKeyShowsItself() {
    assertThat(Messages.problems(Messages.ENGLISH).text("validation.detail", 2))
        .isEqualTo("2 fields are invalid; see violations.");
    assertThat(Messages.problems(Messages.ENGLISH).text("no.such.key")).isEqualTo("no.such.key");
  }

  @Test
  void bilingualArgumentsFollowTheLanguageOfTheMessage() {
    Bilingual name = new Bilingual("概念验证报告", "PoC report");
    assertThat(Messages.problems(Messages.CHINESE).text("no.such.key", name))
        .isEqualTo("no.such.key");
    assertThat(Messages.problems(Messages.ENGLISH).text("not-found.detail.record", name, "x"))
        .isEqualTo("No PoC report with id x exists, or you may not see it.");
    assertThat(
            Messages.problems(Messages.CHINESE)
                .text("not-found.detail.record", new BilingualText("项目", "project"), "x"))
        .contains("项目");
  }

  private static Properties load(String path) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
