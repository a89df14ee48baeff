package org.clinbridge.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class JpqlWhereTest {

  @Test
  void onlyTheFiltersThatAreSetBecomeClausesWithTheirParameters() {
    JpqlWhere where =
        new JpqlWhere()
            .when(true, "a.org = :own", "own", 7L)
            .ifSet(null, "a.role = :role", "role")
            .ifSet(Boolean.TRUE, "a.enabled = :enabled", "enabled")
            .when(false, "a.name like :text", "text", "%x%");
    assertThat(where.jpql("select a from A a", "order by a.id"))
        .isEqualTo("select a from A a where a.org = :own and a.enabled = :enabled order by a.id");
    assertThat(where.parameters()).containsOnlyKeys("own", "enabled");
  }

  @Test
  void noFilterMeansNoWhere() {
    assertThat(new JpqlWhere().jpql("select a from A a", "order by a.id"))
        .isEqualTo("select a from A a order by a.id");
  }

  @Test
  void aClauseMayBindSeveralParameters() {
    JpqlWhere where =
        new JpqlWhere().when(true, "(x like :lo or y like :up)", "lo", "a", "up", "A");
    assertThat(where.parameters()).containsEntry("lo", "a").containsEntry("up", "A");
    assertThatThrownBy(() -> new JpqlWhere().when(true, "x = :x", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFirstPageHasNoKeysetClauseAndALaterOneStartsAfterTheCursor() {
    String select = "select a from A a";
    assertThat(new JpqlWhere().afterId(PageRequest.of(20, null), "acct", "a.id").jpql(select, ""))
        .isEqualTo(select + " ");
    String cursor = Cursor.of("acct", 150L).encode();
    JpqlWhere later = new JpqlWhere().afterId(PageRequest.of(20, cursor), "acct", "a.id");
    assertThat(later.jpql(select, "order by a.id"))
        .isEqualTo(select + " where a.id > :after order by a.id");
    assertThat(later.parameters()).containsEntry("after", 150L);
  }

  @Test
  void aCursorWhoseKeyIsNotANumberIsTheClientsMistake() {
    String cursor = Cursor.of("acct", "abc").encode();
    assertThatThrownBy(() -> new JpqlWhere().afterId(PageRequest.of(20, cursor), "acct", "a.id"))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(400));
  }

  @Test
  void likePatternsEscapeTheWildcardsTyped() {
    assertThat(Like.containing(" 50%_a\\b ")).isEqualTo("%50\\%\\_a\\\\b%");
    assertThat(Like.containing("  ")).isNull();
    assertThat(Like.containing(null)).isNull();
  }
}
