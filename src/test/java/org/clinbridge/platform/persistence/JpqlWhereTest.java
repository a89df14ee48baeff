package org.clinbridge.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
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
  void theFirstPageHasNoKeysetClauseAndALaterOneStartsAfterTheCursorsRow() {
    String select = "select a from A a";
    assertThat(
            new JpqlWhere()
                .afterCreated(PageRequest.of(20, null), "acct", "a.createdAt", "a.publicId")
                .jpql(select, ""))
        .isEqualTo(select + " ");
    OffsetDateTime at = OffsetDateTime.parse("2026-03-02T08:00:00.123456789+08:00");
    UUID id = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    String cursor = JpqlWhere.createdCursor("acct", at, id).encode();
    JpqlWhere later =
        new JpqlWhere()
            .afterCreated(PageRequest.of(20, cursor), "acct", "a.createdAt", "a.publicId");
    assertThat(later.jpql(select, "order by a.createdAt, a.publicId"))
        .isEqualTo(
            select
                + " where (a.createdAt > :afterAt or (a.createdAt = :afterAt and a.publicId >"
                + " :afterId)) order by a.createdAt, a.publicId");
    // In UTC and to the microsecond, as the database returns the row.
    assertThat(later.parameters())
        .containsEntry("afterAt", OffsetDateTime.parse("2026-03-02T00:00:00.123456Z"))
        .containsEntry("afterId", id);
  }

  @Test
  void aCursorCarriesNoSequenceId() {
    UUID id = UUID.randomUUID();
    Cursor c = JpqlWhere.createdCursor("acct", OffsetDateTime.parse("2026-03-02T08:00:00Z"), id);
    assertThat(c.keys()).containsExactly("2026-03-02T08:00Z", id.toString());
  }

  @Test
  void aCursorWhoseKeysDoNotParseIsTheClientsMistake() {
    for (String bad :
        List.of(
            Cursor.of("acct", 150L, "x").encode(),
            Cursor.of("acct", "2026-03-02T08:00Z", "not-a-uuid").encode(),
            Cursor.of("acct", 150L).encode(),
            Cursor.of("other", "2026-03-02T08:00Z", UUID.randomUUID()).encode())) {
      assertThatThrownBy(
              () ->
                  new JpqlWhere()
                      .afterCreated(PageRequest.of(20, bad), "acct", "a.createdAt", "a.publicId"))
          .isInstanceOfSatisfying(
              ProblemException.class, p -> assertThat(p.status()).isEqualTo(400));
    }
  }

  @Test
  void likePatternsEscapeTheWildcardsTyped() {
    assertThat(Like.containing(" 50%_a\\b ")).isEqualTo("%50\\%\\_a\\\\b%");
    assertThat(Like.containing("  ")).isNull();
    assertThat(Like.containing(null)).isNull();
  }
}
