package org.clinbridge.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.clinbridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PageTest {
  @Test
  void theExtraRowMeansAnotherPageFollowsFromTheLastShownRow() {
    Page<String> page = Page.of(List.of(1, 2, 3), 2, i -> "#" + i, i -> Cursor.of("t", i));
    assertThat(page.items()).containsExactly("#1", "#2");
    assertThat(Cursor.decode(page.next(), "t", 1).key(0)).isEqualTo("2");
  }

  @Test
  void theLastPageHasNoNext() {
    Page<String> page = Page.of(List.of(1, 2), 2, i -> "#" + i, i -> Cursor.of("t", i));
    assertThat(page.items()).hasSize(2);
    assertThat(page.next()).isNull();
  }

  @Test
  void limitIsBoundedAndDefaulted() {
    assertThat(PageRequest.of(null, null).limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
    assertThat(PageRequest.of(200, " ").first()).isTrue();
    assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> PageRequest.of(201, null)).isInstanceOf(ProblemException.class);
  }
}
