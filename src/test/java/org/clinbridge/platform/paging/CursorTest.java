package org.clinbridge.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinbridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CursorTest {
  @Test
  void roundTripsKeysIncludingChineseAndSeparatorsInText() {
    Cursor c = Cursor.of("projects", "2026-01-01T00:00:00Z", "北京|x", 42);
    Cursor back = Cursor.decode(c.encode(), "projects", 3);
    assertThat(back.keys()).containsExactly("2026-01-01T00:00:00Z", "北京|x", "42");
  }

  @Test
  void isOpaqueUrlSafeText() {
    String encoded = Cursor.of("subcat", "07").encode();
    assertThat(encoded).matches("[A-Za-z0-9_-]+").doesNotContain("subcat");
  }

  @Test
  void rejectsACursorOfAnotherList() {
    String other = Cursor.of("scenes", "07").encode();
    assertThatThrownBy(() -> Cursor.decode(other, "subcat", 1))
        .isInstanceOf(ProblemException.InvalidFieldException.class)
        .satisfies(
            e ->
                assertThat(((ProblemException.InvalidFieldException) e).field())
                    .isEqualTo("cursor"));
  }

  @Test
  void aKeyThatDoesNotParseIsTheSame400AsABrokenCursor() {
    Cursor ours = Cursor.decode(Cursor.of("listings", "yesterday", "x").encode(), "listings", 2);
    assertThatThrownBy(() -> ours.key(0, java.time.OffsetDateTime::parse))
        .isInstanceOf(ProblemException.InvalidFieldException.class)
        .satisfies(
            e ->
                assertThat(((ProblemException.InvalidFieldException) e).field())
                    .isEqualTo("cursor"));
    assertThatThrownBy(() -> ours.key(1, java.util.UUID::fromString))
        .isInstanceOf(ProblemException.InvalidFieldException.class);
    Cursor good = Cursor.decode(Cursor.of("n", 42).encode(), "n", 1);
    Long key = good.key(0, Long::valueOf);
    assertThat(key).isEqualTo(42L);
  }

  @Test
  void rejectsGarbageAndWrongArity() {
    assertThatThrownBy(() -> Cursor.decode("%%%not-base64", "subcat", 1))
        .isInstanceOf(ProblemException.class);
    String two = Cursor.of("subcat", "a", "b").encode();
    assertThatThrownBy(() -> Cursor.decode(two, "subcat", 1)).isInstanceOf(ProblemException.class);
  }
}
