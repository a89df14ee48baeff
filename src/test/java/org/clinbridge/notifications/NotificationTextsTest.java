package org.clinbridge.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.clinbridge.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * Renders every notification and reminder text in both languages with sample arguments: each key
 * exists in both, every placeholder is filled, and a body ends as a sentence (or with the detail it
 * carries, such as the hospital's question), never with a dangling fragment.
 */
class NotificationTextsTest {
  static final Object[] ARGS = {"Scene", "Applicant", "P-001", "status", "on the scene", "DETAIL"};

  static Set<String> keys(Locale locale) {
    Set<String> keys = new TreeSet<>();
    for (String k : Collections.list(Messages.ui(locale).bundle().getKeys())) {
      if (k.startsWith("notify.") || k.startsWith("reminder.what.")) {
        keys.add(k);
      }
    }
    return keys;
  }

  @Test
  void everyTextExistsInBothLanguages() {
    assertThat(keys(Messages.CHINESE)).isEqualTo(keys(Messages.ENGLISH)).hasSizeGreaterThan(20);
  }

  @Test
  void everyTextRendersAsASentence() {
    List<String> wrong = new ArrayList<>();
    for (Locale locale : List.of(Messages.ENGLISH, Messages.CHINESE)) {
      Messages ui = Messages.ui(locale);
      for (String key : keys(locale)) {
        String text = ui.text(key, ARGS);
        if (text.contains("{") || text.contains("}") || text.isBlank()) {
          wrong.add(locale + " " + key + ": " + text);
        }
        if (key.contains(".body")
            && !(text.endsWith(".") || text.endsWith("。") || text.endsWith("DETAIL"))) {
          wrong.add(locale + " " + key + " does not end as a sentence: " + text);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
