package org.clinbridge.consultation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTokensTest {
  @Test
  void chineseBecomesOverlappingPairs() {
    assertThat(ArticleTokens.of("注册证延续")).containsOnlyKeys("注册", "册证", "证延", "延续");
  }

  @Test
  void aTwoCharacterQueryIsOneTerm() {
    assertThat(ArticleTokens.of("备案")).containsOnlyKeys("备案");
  }

  @Test
  void aLoneCharacterStaysATerm() {
    assertThat(ArticleTokens.of("第Ⅱ类 械")).containsKey("械");
  }

  @Test
  void englishIsStemmedLowerCasedAndStopWordsDropped() {
    assertThat(ArticleTokens.of("The Registration of Class II devices"))
        .containsKeys("registr", "class", "ii", "devic")
        .doesNotContainKeys("the", "of");
    assertThat(ArticleTokens.of("registration")).isEqualTo(ArticleTokens.of("Registrations"));
  }

  @Test
  void mixedTextCountsRepeats() {
    var terms = ArticleTokens.of("NMPA 注册。注册 NMPA");
    assertThat(terms).containsEntry("注册", 2).containsEntry("nmpa", 2);
  }

  @Test
  void fullWidthLettersFoldToHalfWidth() {
    assertThat(ArticleTokens.of("ＮＭＰＡ")).containsOnlyKeys("nmpa");
  }

  @Test
  void emptyTextHasNoTerms() {
    assertThat(ArticleTokens.of("  ")).isEmpty();
    assertThat(ArticleTokens.of(null)).isEmpty();
  }
}
