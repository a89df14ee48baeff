package org.clinbridge.ip.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinbridge.ip.entity.PatentKind;
import org.clinbridge.ip.entity.PatentStatus;
import org.clinbridge.platform.i18n.Bilingual;
import org.junit.jupiter.api.Test;

/** The patent dialog offers exactly the steps the patent office may take next. */
class ProjectPatentsPageTest {
  private final ProjectPatentsPage page = new ProjectPatentsPage();

  private static PatentView patent(PatentKind kind, PatentStatus status, boolean searchReport) {
    return new PatentView(
        UUID.randomUUID(),
        "CN202310123456.7",
        new Bilingual("心电贴", "ECG patch"),
        kind,
        status,
        LocalDate.of(2024, 1, 10),
        null,
        null,
        null,
        "重庆医科大学",
        searchReport,
        null,
        List.of(),
        0);
  }

  @Test
  void aFiledInventionIsPublishedBeforeItCanBeGranted() {
    assertThat(page.stepsOf(patent(PatentKind.INVENTION, PatentStatus.FILED, false)))
        .containsExactly("PUBLISHED", "REJECTED", "WITHDRAWN");
  }

  @Test
  void aUtilityModelIsGrantedWithoutPublication() {
    assertThat(page.stepsOf(patent(PatentKind.UTILITY_MODEL, PatentStatus.FILED, false)))
        .containsExactly("GRANTED", "REJECTED", "WITHDRAWN");
  }

  @Test
  void aPublishedApplicationMayStillReceiveItsSearchReport() {
    assertThat(page.stepsOf(patent(PatentKind.INVENTION, PatentStatus.PUBLISHED, false)))
        .containsExactly("GRANTED", ProjectPatentsPage.SEARCH_REPORT, "REJECTED", "WITHDRAWN");
    assertThat(page.stepsOf(patent(PatentKind.INVENTION, PatentStatus.PUBLISHED, true)))
        .doesNotContain(ProjectPatentsPage.SEARCH_REPORT);
  }

  @Test
  void anEndedPatentOffersNoStep() {
    assertThat(page.stepsOf(patent(PatentKind.INVENTION, PatentStatus.LAPSED, false))).isEmpty();
    assertThat(page.stepsOf(patent(PatentKind.INVENTION, PatentStatus.GRANTED, false)))
        .containsExactly("LAPSED");
  }
}
