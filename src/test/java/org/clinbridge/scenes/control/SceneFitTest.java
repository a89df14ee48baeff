package org.clinbridge.scenes.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.scenes.control.SceneFit.Candidate;
import org.clinbridge.scenes.control.SceneFit.Fit;
import org.clinbridge.scenes.control.SceneFit.Reason;
import org.clinbridge.scenes.control.SceneFit.Terms;
import org.junit.jupiter.api.Test;

class SceneFitTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 5, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final Terms SCENE =
      new Terms(
          UUID.randomUUID(),
          Set.of("07", "21"),
          Set.of("II", "III"),
          5,
          7,
          false,
          NOW.minusDays(10),
          NOW.plusDays(10),
          3,
          1);

  private static Candidate project(String sub, String cls, int trl, boolean cert) {
    return new Candidate(UUID.randomUUID(), sub, cls, trl, cert);
  }

  private static Terms with(
      Set<String> subs,
      Set<String> classes,
      boolean cert,
      OffsetDateTime opens,
      OffsetDateTime closes) {
    return new Terms(UUID.randomUUID(), subs, classes, 5, 7, cert, opens, closes, 3, 1);
  }

  @Test
  void aFullSceneTakesNoMoreApplicationsAndSaysSo() {
    Terms full =
        new Terms(
            UUID.randomUUID(),
            Set.of("07"),
            Set.of("II"),
            5,
            7,
            false,
            NOW.minusDays(10),
            NOW.plusDays(10),
            3,
            3);
    Fit f = SceneFit.of(full, project("07", "II", 6, false), NOW);
    assertThat(f.eligible()).isFalse();
    assertThat(f.missing()).extracting(Reason::code).containsExactly("full");
    assertThat(f.firstMissing().args()).containsExactly(3);
    Fit open = SceneFit.of(SCENE, project("07", "II", 6, false), NOW);
    assertThat(open.matched().get(4).args()).as("slots left, of").containsExactly(2, 3);
  }

  @Test
  void aProjectInsideEveryRuleFitsAndSaysWhy() {
    Fit f = SceneFit.of(SCENE, project("07", "II", 6, false), NOW);
    assertThat(f.eligible()).isTrue();
    assertThat(f.matched())
        .extracting(Reason::code)
        .containsExactly("subcatalogue", "class", "trl", "window-open", "slots");
    assertThat(f.matched().get(2).args()).containsExactly(6, 5, 7);
    assertThat(f.score()).isEqualTo(30 + 20 + 25 + 10);
  }

  @Test
  void eachUnmetRuleIsNamedWithItsNumbers() {
    assertThat(SceneFit.of(SCENE, project("07", "II", 4, false), NOW).missing())
        .containsExactly(new Reason("trl-below", java.util.List.of(4, 5)));
    assertThat(SceneFit.of(SCENE, project("07", "II", 8, false), NOW).missing())
        .containsExactly(new Reason("trl-above", java.util.List.of(8, 7)));
    assertThat(SceneFit.of(SCENE, project("01", "II", 6, false), NOW).missing())
        .containsExactly(
            new Reason("subcatalogue-not-accepted", java.util.List.of("01", "07, 21")));
    assertThat(SceneFit.of(SCENE, project(null, null, 6, false), NOW).missing())
        .extracting(Reason::code)
        .containsExactly("subcatalogue-not-accepted", "class-not-accepted");
    assertThat(SceneFit.of(SCENE, project("07", "I", 6, false), NOW).missing())
        .containsExactly(new Reason("class-not-accepted", java.util.List.of("I", "II, III")));
  }

  @Test
  void aRequiredCertificateMustBeHeld() {
    Terms procurement = with(Set.of(), Set.of(), true, NOW.minusDays(1), NOW.plusDays(1));
    assertThat(SceneFit.of(procurement, project("07", "II", 6, false), NOW).missing())
        .extracting(Reason::code)
        .containsExactly("certificate-missing");
    Fit held = SceneFit.of(procurement, project("07", "II", 6, true), NOW);
    assertThat(held.eligible()).isTrue();
    assertThat(held.matched())
        .extracting(Reason::code)
        .containsExactly(
            "subcatalogue-any", "class-any", "trl", "certificate", "window-open", "slots");
  }

  @Test
  void theWindowMustBeOpenNowOpeningInclusiveClosingExclusive() {
    Candidate p = project("07", "II", 6, false);
    assertThat(
            SceneFit.of(with(Set.of(), Set.of(), false, NOW, NOW.plusDays(1)), p, NOW).eligible())
        .isTrue();
    assertThat(
            SceneFit.of(
                    with(Set.of(), Set.of(), false, NOW.plusSeconds(1), NOW.plusDays(1)), p, NOW)
                .missing())
        .extracting(Reason::code)
        .containsExactly("window-not-open");
    assertThat(
            SceneFit.of(with(Set.of(), Set.of(), false, NOW.minusDays(2), NOW), p, NOW).missing())
        .extracting(Reason::code)
        .containsExactly("window-closed");
    assertThat(SceneFit.of(with(Set.of(), Set.of(), false, null, null), p, NOW).missing())
        .extracting(Reason::code)
        .containsExactly("window-not-open");
  }

  @Test
  void explicitMatchesAndTheMiddleOfTheRangeRankHigher() {
    Terms any = with(Set.of(), Set.of(), false, NOW.minusDays(1), NOW.plusDays(1));
    int explicit = SceneFit.of(SCENE, project("07", "II", 6, false), NOW).score();
    int anyScore = SceneFit.of(any, project("07", "II", 6, false), NOW).score();
    assertThat(explicit).isGreaterThan(anyScore);
    int edge = SceneFit.of(SCENE, project("07", "II", 5, false), NOW).score();
    assertThat(explicit).isGreaterThan(edge);
    assertThat(SceneFit.of(SCENE, project("07", "II", 7, false), NOW).score()).isEqualTo(edge);
  }
}
