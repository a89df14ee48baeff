package org.clinbridge.scenes.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.scenes.entity.Progress;
import org.junit.jupiter.api.Test;

class SceneDetailPageTest {
  @Test
  void eachSiteGetsItsOwnHistoryLinesInOrder() {
    SceneView base = SceneEditPageTest.scene(null, null);
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    LocalDate day = LocalDate.parse("2026-11-01");
    OffsetDateTime at = OffsetDateTime.parse("2026-11-01T00:00Z");
    var lines =
        List.of(
            new SceneView.HistoryLine(a, Progress.IN_REVIEW, null, day, null, at, "u"),
            new SceneView.HistoryLine(b, Progress.IN_REVIEW, null, day, null, at, "u"),
            new SceneView.HistoryLine(a, Progress.APPROVED, null, day.plusDays(1), null, at, "u"),
            new SceneView.HistoryLine(
                a, Progress.RECRUITING, day.plusDays(9), null, null, at, "u"));
    SceneView scene =
        new SceneView(
            base.id(),
            base.hospital(),
            base.type(),
            base.title(),
            base.description(),
            base.department(),
            base.accepts(),
            base.capacity(),
            base.accepted(),
            base.window(),
            base.ethics(),
            base.inclusion(),
            base.exclusion(),
            base.contacts(),
            List.of(
                new SceneView.Site(a, new Bilingual("甲", "A"), null, Progress.APPROVED),
                new SceneView.Site(b, new Bilingual("乙", "B"), "2F", Progress.IN_REVIEW)),
            base.publication(),
            base.progress(),
            lines,
            null,
            null,
            null,
            null,
            base.createdAt(),
            base.updatedAt(),
            base.version());

    var histories = SceneDetailPage.SiteHistory.of(scene);

    assertThat(histories).extracting(h -> h.site().id()).containsExactly(a, b);
    assertThat(histories.get(0).lines())
        .extracting(SceneView.HistoryLine::status)
        .containsExactly(Progress.IN_REVIEW, Progress.APPROVED, Progress.RECRUITING);
    assertThat(histories.get(1).lines()).hasSize(1);
  }

  @Test
  void theDialogOffersTheStatusesTheLifecycleAllows() {
    assertThat(SceneDetailPage.nextStatuses(Progress.IN_REVIEW))
        .containsExactly("APPROVED", "WITHDRAWN");
    assertThat(SceneDetailPage.nextStatuses(Progress.RECRUITING))
        .contains("TEMPORARILY_CLOSED", "COMPLETED", "TERMINATED")
        .doesNotContain("RECRUITING", "IN_REVIEW");
    assertThat(SceneDetailPage.nextStatuses(Progress.COMPLETED)).isEmpty();
  }

  @Test
  void blankTextIsAbsent() {
    assertThat(SceneDetailPage.blankToNull("  ")).isNull();
    assertThat(SceneDetailPage.blankToNull(" why ")).isEqualTo("why");
  }
}
