package org.clinbridge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.problem.ProblemException;

/** Checks that a problem reads as a sentence in both languages: every key and argument resolved. */
public final class ProblemTexts {
  private ProblemTexts() {}

  public static void readable(Object thrown) {
    ProblemException e = (ProblemException) thrown;
    for (var locale : Messages.SUPPORTED) {
      Messages m = Messages.problems(locale);
      String title = e.slug() + ".title";
      assertThat(m.has(title)).as(locale + " " + title).isTrue();
      assertThat(m.has(e.detailKey())).as(locale + " " + e.detailKey()).isTrue();
      String detail = m.text(e.detailKey(), e.args());
      assertThat(detail).as(locale + " " + e.detailKey()).doesNotContain("{").doesNotContain("}");
      if (locale.equals(Messages.CHINESE)) {
        assertThat(detail).as(e.detailKey()).containsPattern("\\p{IsHan}");
      }
    }
  }
}
