package org.clinbridge.scenes.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.scenes.entity.Publication.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicationTest {
  private static final Map<Publication, Set<Publication>> ALLOWED =
      Map.of(
          DRAFT, EnumSet.of(ACTIVE, RETIRED),
          ACTIVE, EnumSet.of(RETIRED),
          RETIRED, EnumSet.noneOf(Publication.class));

  @Test
  void everyPairIsAllowedExactlyWhenTheTableSaysSo() {
    for (Publication from : values()) {
      for (Publication to : values()) {
        assertThat(from.canMoveTo(to))
            .as(from + " -> " + to)
            .isEqualTo(ALLOWED.get(from).contains(to));
      }
    }
  }

  @Test
  void onlyARetiredSceneIsFrozen() {
    assertThat(DRAFT.editable()).isTrue();
    assertThat(ACTIVE.editable()).isTrue();
    assertThat(RETIRED.editable()).isFalse();
  }
}
