package org.clinbridge.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InboxLinksTest {
  private static final String ID = "0b6f1c9e-3d2a-4c1b-9e8f-1234567890ab";

  @Test
  void anApplicationLinkOpensTheApplicationPage() {
    assertThat(InboxLinks.page("/api/applications/" + ID))
        .isEqualTo("/app/application.xhtml?id=" + ID);
  }

  @Test
  void scenesAndProjectsOpenTheirPages() {
    assertThat(InboxLinks.page("/api/scenes/" + ID)).isEqualTo("/app/scene.xhtml?id=" + ID);
    assertThat(InboxLinks.page("/api/projects/" + ID)).isEqualTo("/app/project.xhtml?id=" + ID);
  }

  @Test
  void aContractReviewReminderOpensTheContractPage() {
    assertThat(InboxLinks.page("/api/contracts/" + ID)).isEqualTo("/app/contract.xhtml?id=" + ID);
  }

  @Test
  void anythingElseHasNoPage() {
    assertThat(InboxLinks.page(null)).isNull();
    assertThat(InboxLinks.page("/api/fund-pools/" + ID)).isNull();
    assertThat(InboxLinks.page("/api/applications/not-an-id")).isNull();
    assertThat(InboxLinks.page("https://evil.example/api/applications/" + ID)).isNull();
    assertThat(InboxLinks.page("/api/applications/" + ID + "/messages")).isNull();
  }
}
