package org.clinbridge.scenes.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class SceneContentTest {
  private static SceneContent with(
      SceneType type,
      boolean certificate,
      int trlMin,
      int trlMax,
      int capacity,
      OffsetDateTime opens,
      OffsetDateTime closes) {
    return new SceneContent(
        type,
        new BilingualText("标题", "Title"),
        new BilingualText("说明", "Description"),
        null,
        null,
        null,
        trlMin,
        trlMax,
        certificate,
        capacity,
        opens,
        closes,
        null,
        null,
        null,
        null);
  }

  private static String slug(Runnable r) {
    try {
      r.run();
    } catch (ProblemException e) {
      assertThat(e.status()).isEqualTo(422);
      return e.slug();
    }
    throw new AssertionError("no problem");
  }

  @Test
  void aProcurementPilotTakesOnlyRegisteredDevicesAndATrialNeverDemandsACertificate() {
    var o = SceneFixtures.OPENS;
    var c = SceneFixtures.CLOSES;
    assertThat(slug(() -> with(SceneType.PROCUREMENT_PILOT, false, 8, 9, 1, o, c)))
        .isEqualTo("scene-certificate-required");
    assertThat(slug(() -> with(SceneType.CLINICAL_TRIAL, true, 6, 7, 1, o, c)))
        .isEqualTo("scene-certificate-forbidden");
    assertThat(with(SceneType.PROCUREMENT_PILOT, true, 8, 9, 1, o, c).certificateRequired())
        .isTrue();
    assertThat(with(SceneType.CLINICAL_TRIAL, false, 6, 7, 1, o, c).certificateRequired())
        .isFalse();
    for (SceneType t :
        List.of(
            SceneType.CLINICAL_EVALUATION,
            SceneType.USABILITY_STUDY,
            SceneType.APPLICATION_PILOT)) {
      assertThat(with(t, true, 5, 9, 1, o, c).certificateRequired()).isTrue();
      assertThat(with(t, false, 5, 9, 1, o, c).certificateRequired()).isFalse();
    }
  }

  @Test
  void theTrlRangeLiesWithinOneToNineLowestFirst() {
    var o = SceneFixtures.OPENS;
    var c = SceneFixtures.CLOSES;
    for (int[] bad : new int[][] {{0, 5}, {5, 10}, {7, 6}, {-1, -1}}) {
      assertThat(slug(() -> with(SceneType.USABILITY_STUDY, false, bad[0], bad[1], 1, o, c)))
          .isEqualTo("scene-trl-range");
    }
    assertThat(with(SceneType.USABILITY_STUDY, false, 1, 9, 1, o, c).trlMax()).isEqualTo(9);
    assertThat(with(SceneType.USABILITY_STUDY, false, 4, 4, 1, o, c).trlMin()).isEqualTo(4);
  }

  @Test
  void capacityIsAtLeastOneSlot() {
    assertThat(slug(() -> with(SceneType.USABILITY_STUDY, false, 1, 9, 0, null, null)))
        .isEqualTo("scene-capacity");
  }

  @Test
  void theWindowIsWholeAndClosesAfterItOpens() {
    var o = SceneFixtures.OPENS;
    assertThat(slug(() -> with(SceneType.USABILITY_STUDY, false, 1, 9, 1, o, null)))
        .isEqualTo("scene-window");
    assertThat(slug(() -> with(SceneType.USABILITY_STUDY, false, 1, 9, 1, null, o)))
        .isEqualTo("scene-window");
    assertThat(slug(() -> with(SceneType.USABILITY_STUDY, false, 1, 9, 1, o, o)))
        .isEqualTo("scene-window");
    assertThat(slug(() -> with(SceneType.USABILITY_STUDY, false, 1, 9, 1, o, o.minusDays(1))))
        .isEqualTo("scene-window");
    assertThat(with(SceneType.USABILITY_STUDY, false, 1, 9, 1, null, null).hasWindow()).isFalse();
  }

  @Test
  void theWindowOpensInclusiveAndClosesExclusive() {
    var content = SceneFixtures.content();
    assertThat(content.windowOpenAt(SceneFixtures.OPENS.minusNanos(1))).isFalse();
    assertThat(content.windowOpenAt(SceneFixtures.OPENS)).isTrue();
    assertThat(content.windowOpenAt(SceneFixtures.CLOSES.minusNanos(1))).isTrue();
    assertThat(content.windowOpenAt(SceneFixtures.CLOSES)).isFalse();
    assertThat(
            with(SceneType.USABILITY_STUDY, false, 1, 9, 1, null, null)
                .windowOpenAt(SceneFixtures.OPENS))
        .isFalse();
  }

  @Test
  void collectionsAreCopiedAndSorted() {
    var content = SceneFixtures.content();
    assertThat(content.subcatalogues()).containsExactlyInAnyOrder("07", "21");
    assertThatThrownBy(() -> content.subcatalogues().add("01"))
        .isInstanceOf(UnsupportedOperationException.class);
    var empty = with(SceneType.USABILITY_STUDY, false, 1, 9, 1, null, null);
    assertThat(empty.subcatalogues()).isEqualTo(Set.of());
    assertThat(empty.contacts()).isEmpty();
  }
}
