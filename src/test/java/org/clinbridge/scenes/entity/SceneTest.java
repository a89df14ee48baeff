package org.clinbridge.scenes.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinbridge.scenes.entity.Progress.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class SceneTest {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T08:00:00Z");

  private static final LocalDate D1 = LocalDate.of(2026, 2, 10);
  private static final LocalDate D2 = LocalDate.of(2026, 3, 1);

  private static ProblemException problem(Runnable r) {
    try {
      r.run();
    } catch (ProblemException e) {
      return e;
    }
    throw new AssertionError("no problem");
  }

  @Test
  void aNewSceneIsADraftInReviewAtOneSiteNamedAfterItsDepartment() {
    Scene s = SceneFixtures.draft();
    assertThat(s.publication()).isEqualTo(Publication.DRAFT);
    assertThat(s.progress()).isEqualTo(IN_REVIEW);
    assertThat(s.sites())
        .singleElement()
        .satisfies(
            site -> {
              assertThat(site.name().en()).isEqualTo("Cardiology");
              assertThat(site.progress()).isEqualTo(IN_REVIEW);
            });
    assertThat(s.history())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.status()).isEqualTo(IN_REVIEW);
              assertThat(e.actualDate()).isEqualTo(SceneFixtures.DAY);
              assertThat(e.plannedDate()).isNull();
              assertThat(e.recordedBy()).isEqualTo("alice");
            });
    assertThat(s.publicId()).isNotNull();
    assertThat(s.acceptedCount()).isZero();
    assertThat(s.capacity()).isEqualTo(5);
  }

  @Test
  void withoutADepartmentTheOnlySiteIsTheHospital() {
    var c = SceneFixtures.content();
    var noDept =
        new SceneContent(
            c.type(),
            c.title(),
            c.description(),
            null,
            c.subcatalogues(),
            c.deviceClasses(),
            c.trlMin(),
            c.trlMax(),
            c.certificateRequired(),
            c.capacity(),
            c.opensAt(),
            c.closesAt(),
            c.ethics(),
            c.inclusion(),
            c.exclusion(),
            c.contacts());
    Scene s = new Scene(SceneFixtures.hospital(), noDept, null, IN_REVIEW, D1, "alice", NOW);
    assertThat(s.sites().get(0).name().zh()).isEqualTo("重庆医科大学附属第一医院");
  }

  @Test
  void onlyAHospitalOpensScenes() {
    Organisation startUp =
        new Organisation(
            OrganisationKind.START_UP, new BilingualText("甲", "A"), "91500000MA5U00000W", NOW);
    assertThatThrownBy(
            () ->
                new Scene(startUp, SceneFixtures.content(), List.of(), IN_REVIEW, D1, "alice", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publishingNeedsAWindowAndHappensOnce() {
    Scene s = SceneFixtures.draft();
    s.publish(SceneFixtures.OPENS);
    assertThat(s.publication()).isEqualTo(Publication.ACTIVE);
    assertThat(s.publishedAt()).isEqualTo(SceneFixtures.OPENS);
    var again = problem(() -> s.publish(SceneFixtures.OPENS));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.slug()).isEqualTo("scene-publication-transition");

    var c = SceneFixtures.content();
    var windowless =
        new SceneContent(
            c.type(),
            c.title(),
            c.description(),
            c.department(),
            c.subcatalogues(),
            c.deviceClasses(),
            c.trlMin(),
            c.trlMax(),
            c.certificateRequired(),
            c.capacity(),
            null,
            null,
            null,
            null,
            null,
            null);
    Scene d = new Scene(SceneFixtures.hospital(), windowless, null, IN_REVIEW, D1, "alice", NOW);
    var incomplete = problem(() -> d.publish(SceneFixtures.OPENS));
    assertThat(incomplete.slug()).isEqualTo("scene-incomplete");
    assertThat(d.publication()).isEqualTo(Publication.DRAFT);
    // An active scene keeps its window.
    var e = problem(() -> s.revise(windowless, NOW));
    assertThat(e.slug()).isEqualTo("scene-incomplete");
  }

  @Test
  void retiringNeedsAReasonOfAtMost250CharactersAndFreezesTheScene() {
    Scene s = SceneFixtures.draft();
    assertThat(problem(() -> s.retire(" ", SceneFixtures.OPENS)).slug())
        .isEqualTo("scene-incomplete");
    assertThat(problem(() -> s.retire("x".repeat(251), SceneFixtures.OPENS)).slug())
        .isEqualTo("scene-reason-too-long");
    s.retire("x".repeat(250), SceneFixtures.OPENS);
    assertThat(s.publication()).isEqualTo(Publication.RETIRED);
    assertThat(s.retiredReason()).hasSize(250);
    assertThat(problem(() -> s.retire("again", SceneFixtures.OPENS)).slug())
        .isEqualTo("scene-publication-transition");
    assertThat(problem(() -> s.publish(SceneFixtures.OPENS)).slug())
        .isEqualTo("scene-publication-transition");
    assertThat(problem(() -> s.revise(SceneFixtures.content(), NOW)).slug())
        .isEqualTo("scene-retired");
    assertThat(problem(() -> s.changeProgress(null, APPROVED, D1, null, "bob", NOW)).slug())
        .isEqualTo("scene-retired");
    assertThat(problem(() -> s.plan(null, APPROVED, D1, "bob", NOW)).slug())
        .isEqualTo("scene-retired");
    assertThat(problem(() -> s.addSite(new BilingualText("新", "New"), null, D1, "bob", NOW)).slug())
        .isEqualTo("scene-retired");
  }

  @Test
  void anActiveSceneCanBeRetired() {
    Scene s = SceneFixtures.draft();
    s.publish(SceneFixtures.OPENS);
    s.retire("Funding withdrawn", SceneFixtures.CLOSES);
    assertThat(s.publication()).isEqualTo(Publication.RETIRED);
    assertThat(s.retiredAt()).isEqualTo(SceneFixtures.CLOSES);
  }

  @Test
  void revisingReplacesTheContent() {
    Scene s = SceneFixtures.draft();
    s.revise(SceneFixtures.content(SceneType.PROCUREMENT_PILOT, 3), NOW);
    assertThat(s.type()).isEqualTo(SceneType.PROCUREMENT_PILOT);
    assertThat(s.certificateRequired()).isTrue();
    assertThat(s.capacity()).isEqualTo(3);
    assertThat(s.content())
        .usingRecursiveComparison()
        .isEqualTo(SceneFixtures.content(SceneType.PROCUREMENT_PILOT, 3));
  }

  @Test
  void progressMovesThroughItsHistoryWithActualDates() {
    Scene s = SceneFixtures.draft();
    s.changeProgress(null, APPROVED, D1, "Ethics committee approved", "bob", NOW);
    s.changeProgress(null, RECRUITING, D2, null, "bob", NOW);
    assertThat(s.progress()).isEqualTo(RECRUITING);
    assertThat(s.history())
        .extracting(ProgressEntry::status)
        .containsExactly(IN_REVIEW, APPROVED, RECRUITING);
    assertThat(s.history().get(1).reason()).isEqualTo("Ethics committee approved");
    assertThat(s.history().get(2).actualDate()).isEqualTo(D2);
    var illegal = problem(() -> s.changeProgress(null, APPROVED, D2, null, "bob", NOW));
    assertThat(illegal.status()).isEqualTo(409);
    assertThat(illegal.slug()).isEqualTo("scene-progress-transition");
    assertThat(illegal.args()).containsExactly("Cardiology", RECRUITING, APPROVED);
  }

  @Test
  void everyStopNeedsAReasonOfAtMost250Characters() {
    for (Progress stop : List.of(TEMPORARILY_CLOSED, TERMINATED, WITHDRAWN)) {
      Scene s = SceneFixtures.draft();
      s.changeProgress(null, APPROVED, D1, null, "bob", NOW);
      if (stop != WITHDRAWN) {
        s.changeProgress(null, RECRUITING, D1, null, "bob", NOW);
      }
      var missing = problem(() -> s.changeProgress(null, stop, D2, null, "bob", NOW));
      // A missing reason is a 400 naming the field, as in every area.
      assertThat(missing.status()).isEqualTo(400);
      assertThat(missing.slug()).isEqualTo("validation");
      assertThat(missing.detailKey()).isEqualTo("scene.stop.reason.required");
      assertThat(problem(() -> s.changeProgress(null, stop, D2, "   ", "bob", NOW)).detailKey())
          .isEqualTo("scene.stop.reason.required");
      assertThat(
              problem(() -> s.changeProgress(null, stop, D2, "r".repeat(251), "bob", NOW)).slug())
          .isEqualTo("scene-reason-too-long");
      s.changeProgress(null, stop, D2, " " + "r".repeat(250) + " ", "bob", NOW);
      assertThat(s.progress()).isEqualTo(stop);
      assertThat(s.history().get(s.history().size() - 1).reason()).hasSize(250);
    }
  }

  @Test
  void aSceneWithSeveralSitesIsRecruitingWhenAnySiteIs() {
    Scene s = SceneFixtures.draftWithSites("Ward A", "Ward B", "Ward C");
    s.changeProgress(null, APPROVED, D1, null, "bob", NOW);
    assertThat(s.sites()).allSatisfy(site -> assertThat(site.progress()).isEqualTo(APPROVED));
    UUID b = s.sites().get(1).publicId();
    s.changeProgress(b, RECRUITING, D2, null, "bob", NOW);
    assertThat(s.progress()).isEqualTo(RECRUITING);
    assertThat(s.sites())
        .extracting(SceneSite::progress)
        .containsExactly(APPROVED, RECRUITING, APPROVED);
    s.changeProgress(b, TEMPORARILY_CLOSED, D2, "Ward renovation", "bob", NOW);
    assertThat(s.progress()).isEqualTo(TEMPORARILY_CLOSED);
    s.changeProgress(s.sites().get(0).publicId(), NOT_YET_RECRUITING, D2, null, "bob", NOW);
    assertThat(s.progress()).isEqualTo(NOT_YET_RECRUITING);
    s.changeProgress(s.sites().get(2).publicId(), RECRUITING, D2, null, "bob", NOW);
    assertThat(s.progress()).isEqualTo(RECRUITING);
  }

  @Test
  void aChangeForAllSitesSkipsSitesAlreadyThereAndFailsWholeIfOneCannotMove() {
    Scene s = SceneFixtures.draftWithSites("Ward A", "Ward B");
    s.changeProgress(null, APPROVED, D1, null, "bob", NOW);
    s.changeProgress(s.sites().get(0).publicId(), RECRUITING, D2, null, "bob", NOW);
    s.changeProgress(null, RECRUITING, D2, null, "bob", NOW);
    assertThat(s.sites()).extracting(SceneSite::progress).containsExactly(RECRUITING, RECRUITING);
    assertThat(s.history()).hasSize(2 + 2 + 1 + 1);
    // Ward A terminated: it cannot move to ACTIVE_NOT_RECRUITING, so nothing moves.
    s.changeProgress(s.sites().get(0).publicId(), TERMINATED, D2, "Lost staff", "bob", NOW);
    var e = problem(() -> s.changeProgress(null, COMPLETED, D2, null, "bob", NOW));
    assertThat(e.slug()).isEqualTo("scene-progress-transition");
    assertThat(s.sites()).extracting(SceneSite::progress).containsExactly(TERMINATED, RECRUITING);
    // Every site already there is a conflict, not a silent no-op.
    s.changeProgress(null, TERMINATED, D2, "Sponsor ended it", "bob", NOW);
    assertThat(problem(() -> s.changeProgress(null, TERMINATED, D2, "again", "bob", NOW)).slug())
        .isEqualTo("scene-progress-transition");
    assertThat(s.progress()).isEqualTo(TERMINATED);
  }

  @Test
  void anUnknownSiteIsAnError() {
    Scene s = SceneFixtures.draft();
    var e = problem(() -> s.changeProgress(UUID.randomUUID(), APPROVED, D1, null, "bob", NOW));
    assertThat(e.slug()).isEqualTo("scene-site-unknown");
    assertThat(problem(() -> s.plan(UUID.randomUUID(), APPROVED, D1, "bob", NOW)).slug())
        .isEqualTo("scene-site-unknown");
  }

  @Test
  void aPlanGetsItsActualDateWhenReachedAndCanBeMovedBefore() {
    Scene s = SceneFixtures.draft();
    s.plan(null, RECRUITING, D1, "bob", NOW);
    s.plan(null, RECRUITING, D2, "carol", NOW);
    s.plan(null, COMPLETED, D2.plusMonths(6), "bob", NOW);
    assertThat(s.progress()).isEqualTo(IN_REVIEW);
    assertThat(s.history()).hasSize(3);
    ProgressEntry plan = s.history().get(1);
    assertThat(plan.pending()).isTrue();
    assertThat(plan.plannedDate()).isEqualTo(D2);
    assertThat(plan.recordedBy()).isEqualTo("carol");

    s.changeProgress(null, APPROVED, D1, null, "bob", NOW);
    s.changeProgress(null, RECRUITING, D2.plusDays(3), null, "bob", NOW);
    assertThat(s.history()).hasSize(4);
    assertThat(plan.pending()).isFalse();
    assertThat(plan.plannedDate()).isEqualTo(D2);
    assertThat(plan.actualDate()).isEqualTo(D2.plusDays(3));
    assertThat(s.progress()).isEqualTo(RECRUITING);
  }

  @Test
  void noPlansForAFinishedSiteOrForTheStatusItHas() {
    Scene s = SceneFixtures.draft();
    assertThat(problem(() -> s.plan(null, IN_REVIEW, D1, "bob", NOW)).slug())
        .isEqualTo("scene-progress-transition");
    s.changeProgress(null, WITHDRAWN, D1, "No funding", "bob", NOW);
    assertThat(problem(() -> s.plan(null, RECRUITING, D2, "bob", NOW)).slug())
        .isEqualTo("scene-progress-transition");
  }

  @Test
  void aNewSiteStartsInReviewAndPullsTheSceneBackFromFinished() {
    Scene s = SceneFixtures.draft();
    s.changeProgress(null, WITHDRAWN, D1, "Not this year", "bob", NOW);
    assertThat(s.progress()).isEqualTo(WITHDRAWN);
    SceneSite added =
        s.addSite(new BilingualText("儿科", "Paediatrics"), "Building 3", D2, "bob", NOW);
    assertThat(added.progress()).isEqualTo(IN_REVIEW);
    assertThat(added.location()).isEqualTo("Building 3");
    assertThat(s.progress()).isEqualTo(IN_REVIEW);
    assertThat(s.sites()).hasSize(2);
  }

  @Test
  void anImportedSceneStartsSitesAtTheirOwnStatusAndKeepsItsSource() {
    Scene s =
        Scene.imported(
            SceneFixtures.hospital(),
            SceneFixtures.content(),
            List.of(
                new Scene.SiteSpec(new BilingualText("A", "A"), "Sabadell", RECRUITING),
                new Scene.SiteSpec(new BilingualText("B", "B"), null, null)),
            ACTIVE_NOT_RECRUITING,
            D1,
            null,
            "ClinicalTrials.gov",
            "NCT03475563",
            "import",
            NOW);
    assertThat(s.sites())
        .extracting(SceneSite::progress)
        .containsExactly(RECRUITING, ACTIVE_NOT_RECRUITING);
    assertThat(s.progress()).isEqualTo(RECRUITING);
    assertThat(s.publication()).isEqualTo(Publication.DRAFT);
    assertThat(s.sourceRegistry()).isEqualTo("ClinicalTrials.gov");
    assertThat(s.sourceId()).isEqualTo("NCT03475563");
  }

  @Test
  void anImportedStopCarriesTheRegistrysReason() {
    Scene s =
        Scene.imported(
            SceneFixtures.hospital(),
            SceneFixtures.content(),
            List.of(),
            WITHDRAWN,
            D1,
            "Halted prematurely",
            "ClinicalTrials.gov",
            "NCT00973089",
            "import",
            NOW);
    assertThat(s.history())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.status()).isEqualTo(WITHDRAWN);
              assertThat(e.reason()).isEqualTo("Halted prematurely");
              assertThat(e.actualDate()).isEqualTo(D1);
            });
    assertThat(
            problem(
                    () ->
                        Scene.imported(
                            SceneFixtures.hospital(),
                            SceneFixtures.content(),
                            List.of(),
                            TERMINATED,
                            D1,
                            null,
                            "ChiCTR",
                            "X",
                            "import",
                            NOW))
                .detailKey())
        .isEqualTo("scene.stop.reason.required");
  }

  @Test
  void aPlanForAllSitesSkipsFinishedSites() {
    Scene s = SceneFixtures.draftWithSites("Ward A", "Ward B");
    s.changeProgress(s.sites().get(0).publicId(), WITHDRAWN, D1, "No staff", "bob", NOW);
    s.plan(null, APPROVED, D2, "bob", NOW);
    assertThat(s.history().stream().filter(ProgressEntry::pending))
        .singleElement()
        .satisfies(e -> assertThat(e.site()).isSameAs(s.sites().get(1)));
    assertThat(problem(() -> s.plan(s.sites().get(0).publicId(), APPROVED, D2, "bob", NOW)).slug())
        .isEqualTo("scene-progress-transition");
  }

  @Test
  void theWindowIsOpenOnlyForAnActiveScene() {
    Scene s = SceneFixtures.draft();
    var inside = SceneFixtures.OPENS.plusDays(1);
    assertThat(s.windowOpenAt(inside)).isFalse();
    s.publish(inside);
    assertThat(s.windowOpenAt(inside)).isTrue();
    assertThat(s.windowOpenAt(SceneFixtures.CLOSES)).isFalse();
  }
}
