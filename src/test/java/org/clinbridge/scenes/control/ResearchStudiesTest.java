package org.clinbridge.scenes.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinbridge.scenes.FhirR4Validation;
import org.clinbridge.scenes.entity.Progress;
import org.clinbridge.scenes.entity.Scene;
import org.clinbridge.scenes.entity.SceneFixtures;
import org.clinbridge.scenes.entity.SceneType;
import org.hl7.fhir.r4.model.ResearchStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResearchStudiesTest {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T08:00:00Z");

  private static final Map<Progress, String> EXPECTED =
      new EnumMap<>(
          Map.of(
              Progress.IN_REVIEW, "in-review",
              Progress.APPROVED, "approved",
              Progress.NOT_YET_RECRUITING, "approved",
              Progress.RECRUITING, "active",
              Progress.ENROLLING_BY_INVITATION, "active",
              Progress.ACTIVE_NOT_RECRUITING, "closed-to-accrual",
              Progress.TEMPORARILY_CLOSED, "temporarily-closed-to-accrual",
              Progress.TERMINATED, "administratively-completed",
              Progress.COMPLETED, "completed",
              Progress.WITHDRAWN, "withdrawn"));

  private static Set<String> r4StatusCodes;
  private static final ResearchStudies export = new ResearchStudies();

  @BeforeAll
  static void r4Codes() throws Exception {
    try (InputStream in =
        ResearchStudiesTest.class.getResourceAsStream(
            "/scenes/fhir/fhir_r4_research_codesystems.json")) {
      JsonObject all = Json.createReader(in).readObject();
      r4StatusCodes =
          all
              .getJsonObject("http://hl7.org/fhir/research-study-status")
              .getJsonArray("concepts")
              .getValuesAs(JsonObject.class)
              .stream()
              .map(c -> c.getString("code"))
              .collect(Collectors.toSet());
    }
  }

  /** A scene driven through legal moves to {@code target}, with a reason on every stop. */
  static Scene sceneAt(Progress target, SceneType type) {
    Scene s =
        new Scene(
            SceneFixtures.hospital(),
            SceneFixtures.content(type, 5),
            List.of(),
            Progress.IN_REVIEW,
            SceneFixtures.DAY,
            "alice",
            NOW);
    LocalDate day = SceneFixtures.DAY;
    for (Progress step : path(target)) {
      day = day.plusDays(7);
      s.changeProgress(null, step, day, step.isStop() ? "Stopped: " + step : null, "alice", NOW);
    }
    assertThat(s.progress()).isEqualTo(target);
    return s;
  }

  private static List<Progress> path(Progress target) {
    Map<Progress, Progress> parent = new EnumMap<>(Progress.class);
    Deque<Progress> queue = new ArrayDeque<>(List.of(Progress.IN_REVIEW));
    while (!queue.isEmpty()) {
      Progress p = queue.poll();
      for (Progress n : p.next()) {
        if (n != Progress.IN_REVIEW && parent.putIfAbsent(n, p) == null) {
          queue.add(n);
        }
      }
    }
    List<Progress> steps = new ArrayList<>();
    for (Progress p = target; p != Progress.IN_REVIEW; p = parent.get(p)) {
      steps.add(0, p);
    }
    return steps;
  }

  @Test
  void theDomainMappingIsTheOneInTheBriefAndUsesOnlyR4Codes() {
    assertThat(r4StatusCodes).hasSize(11).doesNotContain("recruiting");
    for (Progress p : Progress.values()) {
      String code = ResearchStudies.status(p).toCode();
      assertThat(code).as(p.name()).isEqualTo(EXPECTED.get(p));
      assertThat(r4StatusCodes).as(p.name()).contains(code);
    }
  }

  @ParameterizedTest
  @EnumSource(Progress.class)
  void aSceneInEveryStatusExportsAsAValidR4ResearchStudy(Progress progress) {
    Scene scene = sceneAt(progress, SceneType.CLINICAL_TRIAL);
    String json = export.json(scene);
    assertThat(FhirR4Validation.errors(json)).as(json).isEmpty();
    JsonObject o = Json.createReader(new java.io.StringReader(json)).readObject();
    assertThat(o.getString("resourceType")).isEqualTo("ResearchStudy");
    assertThat(o.getString("status")).isEqualTo(EXPECTED.get(progress));
    assertThat(o.getString("id")).isEqualTo(scene.publicId().toString());
    if (progress.isStop()) {
      assertThat(o.getJsonObject("reasonStopped").getString("text"))
          .isEqualTo("Stopped: " + progress);
    } else {
      assertThat(o.containsKey("reasonStopped")).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(SceneType.class)
  void everySceneTypeExportsAsADeviceStudyWithNoPhase(SceneType type) {
    Scene scene = sceneAt(Progress.RECRUITING, type);
    String json = export.json(scene);
    assertThat(FhirR4Validation.errors(json)).as(json).isEmpty();
    ResearchStudy rs = export.of(scene);
    assertThat(rs.getPhase().getCodingFirstRep().getCode()).isEqualTo("n-a");
    assertThat(rs.getPrimaryPurposeType().getCodingFirstRep().getCode())
        .isEqualTo(
            type == SceneType.APPLICATION_PILOT || type == SceneType.PROCUREMENT_PILOT
                ? "health-services-research"
                : "device-feasibility");
  }

  @Test
  void textsAreChineseWithAnEnglishTranslationAndSitesContactsAndPeriodAreCarried() {
    Scene scene = sceneAt(Progress.COMPLETED, SceneType.CLINICAL_EVALUATION);
    ResearchStudy rs = export.of(scene);
    assertThat(rs.getLanguage()).isEqualTo("zh-CN");
    assertThat(rs.getTitle()).isEqualTo("可穿戴心电监护临床评价");
    assertThat(
            rs.getTitleElement()
                .getExtensionByUrl(ResearchStudies.TRANSLATION)
                .getExtensionString("content"))
        .isEqualTo("Wearable ECG monitor clinical evaluation");
    assertThat(rs.getSponsor().getDisplay()).isEqualTo("重庆医科大学附属第一医院");
    assertThat(rs.getSite()).extracting(r -> r.getDisplay()).containsExactly("心血管内科");
    assertThat(rs.getContactFirstRep().getName()).isEqualTo("Li Wei");
    assertThat(rs.getKeyword())
        .extracting(k -> k.getCodingFirstRep().getCode())
        .containsExactly("07", "21");
    assertThat(rs.getPeriod().hasStart()).isTrue();
    assertThat(rs.getPeriod().hasEnd()).isTrue();
    assertThat(rs.getNote()).hasSize(1);
  }

  @Test
  void theValidatorRejectsTheR5RecruitingCode() {
    String json = export.json(sceneAt(Progress.RECRUITING, SceneType.CLINICAL_TRIAL));
    assertThat(json).contains("\"status\": \"active\"");
    assertThat(
            FhirR4Validation.errors(
                json.replace("\"status\": \"active\"", "\"status\": \"recruiting\"")))
        .isNotEmpty();
  }

  @Test
  void anImportedStudyKeepsItsRegistryIdentifier() {
    Scene scene =
        Scene.imported(
            SceneFixtures.hospital(),
            SceneFixtures.content(SceneType.CLINICAL_TRIAL, 1),
            List.of(),
            Progress.ACTIVE_NOT_RECRUITING,
            SceneFixtures.DAY,
            null,
            "ClinicalTrials.gov",
            "NCT04207047",
            "import",
            NOW);
    ResearchStudy rs = export.of(scene);
    assertThat(rs.getIdentifier())
        .anySatisfy(
            i -> {
              assertThat(i.getSystem()).isEqualTo("https://clinicaltrials.gov");
              assertThat(i.getValue()).isEqualTo("NCT04207047");
            });
    assertThat(FhirR4Validation.errors(export.json(scene))).isEmpty();
  }
}
