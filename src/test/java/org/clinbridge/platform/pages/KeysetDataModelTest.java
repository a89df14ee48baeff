package org.clinbridge.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.junit.jupiter.api.Test;

class KeysetDataModelTest {
  /** Keyset pages over 1..n, the cursor holding the last number shown; records what was asked. */
  static final class Numbers extends KeysetDataModel<Integer> {
    final List<Integer> all;
    final List<String> asked = new ArrayList<>();

    Numbers(int n) {
      all = IntStream.rangeClosed(1, n).boxed().toList();
    }

    @Override
    protected Page<Integer> fetch(PageRequest request) {
      asked.add(request.cursor());
      int after =
          request.cursor() == null
              ? 0
              : Integer.parseInt(Cursor.decode(request.cursor(), "n", 1).key(0));
      List<Integer> rows = all.stream().filter(i -> i > after).limit(request.limit() + 1).toList();
      return Page.of(rows, request.limit(), i -> i, i -> Cursor.of("n", i));
    }

    @Override
    protected String keyOf(Integer row) {
      return row.toString();
    }

    List<Integer> page(int first, int size) {
      return load(first, size, Map.of(), Map.of());
    }
  }

  @Test
  void pagesForwardAndBackWithACountOnePageAheadWhileMoreFollow() {
    Numbers model = new Numbers(5);
    assertThat(model.page(0, 2)).containsExactly(1, 2);
    assertThat(model.getRowCount()).isEqualTo(4);
    assertThat(model.count(Map.of())).isEqualTo(4);
    assertThat(model.page(2, 2)).containsExactly(3, 4);
    assertThat(model.getRowCount()).isEqualTo(6);
    assertThat(model.page(4, 2)).containsExactly(5);
    assertThat(model.getRowCount()).isEqualTo(5);
    assertThat(model.page(2, 2)).containsExactly(3, 4);
    assertThat(model.page(0, 2)).containsExactly(1, 2);
  }

  @Test
  void aPageNotReachedYetIsWalkedToFromTheLastKnownCursor() {
    Numbers model = new Numbers(7);
    assertThat(model.page(4, 2)).containsExactly(5, 6);
    assertThat(model.asked).hasSize(3);
    assertThat(model.page(6, 2)).containsExactly(7);
    assertThat(model.asked).hasSize(4);
  }

  @Test
  void aResetOrANewPageSizeStartsOver() {
    Numbers model = new Numbers(5);
    model.page(0, 2);
    model.page(2, 2);
    model.reset();
    assertThat(model.page(0, 2)).containsExactly(1, 2);
    assertThat(model.page(0, 3)).containsExactly(1, 2, 3);
    assertThat(model.getRowCount()).isEqualTo(6);
  }

  @Test
  void anEmptyListHasNoRows() {
    Numbers model = new Numbers(0);
    assertThat(model.page(0, 20)).isEmpty();
    assertThat(model.getRowCount()).isZero();
  }
}
