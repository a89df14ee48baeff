package org.clinbridge.scenes.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinbridge.scenes.FhirR4Validation;
import org.clinbridge.scenes.control.RegistryStudy.Parsed;
import org.clinbridge.scenes.entity.Progress;
import org.clinbridge.scenes.entity.ProgressEntry;
import org.clinbridge.scenes.entity.Publication;
import org.clinbridge.scenes.entity.Scene;
import org.clinbridge.scenes.entity.SceneFixtures;
import org.clinbridge.scenes.entity.SceneSite;
import org.clinbridge.scenes.entity.SceneType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every shared ClinicalTrials.gov and ICTRP file (copies in src/test/resources/scenes). */
class StudyImportTest {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T08:00:00Z");

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final ResearchStudies FHIR = new ResearchStudies();

  private static InputStream resource(String path) {
    InputStream in = StudyImportTest.class.getResourceAsStream("/scenes/" + path);
    assertThat(in).as(path).isNotNull();
    return in;
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static Parsed read(String path) {
    try (InputStream in = resource(path)) {
      if (path.endsWith(".json")) {
        return CtGovJson.read(in);
      }
      if (path.endsWith(".xml")) {
        return CtGovLegacyXml.read(in);
      }
      return IctrpCsv.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Scene only(String path) {
    Parsed p = read(path);
    assertThat(p.rejections()).as(path).isEmpty();
    assertThat(p.studies()).as(path).hasSize(1);
    return StudyImport.draft(SceneFixtures.hospital(), p.studies().get(0), TODAY, "importer", NOW);
  }

  private static List<Progress> pendingPlans(Scene s) {
    return s.history().stream().filter(ProgressEntry::pending).map(ProgressEntry::status).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ctgov/NCT04207047.json",
        "ctgov/NCT03475563.json",
        "ctgov/NCT03418623.json",
        "ctgov/NCT00973089.json",
        "ctgov/NCT00513591.legacy.xml",
        "ctgov/NCT00023673.json"
      })
  void everyClinicalTrialsGovFileBecomesADraftThatExportsAsValidFhir(String path) {
    Scene s = only(path);
    assertThat(s.publication()).isEqualTo(Publication.DRAFT);
    assertThat(s.sourceRegistry()).isEqualTo("ClinicalTrials.gov");
    assertThat(path).contains(s.sourceId());
    assertThat(s.description().en())
        .contains("Source: https://clinicaltrials.gov/study/" + s.sourceId());
    assertThat(s.capacity()).isEqualTo(1);
    assertThat(s.opensAt()).isNull();
    assertThat(FhirR4Validation.errors(FHIR.json(s))).isEmpty();
    assertThat(FHIR.of(s).getLanguage()).as("an English registry's words").isEqualTo("en");
  }

  @Test
  void theDeviceStudyOfUnknownStatusTakesItsLastKnownStatusAndPlansItsCompletion() {
    Scene s = only("ctgov/NCT04207047.json");
    assertThat(s.type()).isEqualTo(SceneType.CLINICAL_TRIAL);
    assertThat(s.trlMin()).isEqualTo(6);
    assertThat(s.progress()).isEqualTo(Progress.ACTIVE_NOT_RECRUITING);
    assertThat(s.title().en())
        .isEqualTo("Histologic Evaluation of Tissue Following Lutronic System Exposure");
    assertThat(s.title().zh()).isEqualTo(s.title().en());
    assertThat(s.description().en())
        .contains("Status: UNKNOWN on ClinicalTrials.gov; last known ACTIVE_NOT_RECRUITING")
        .contains("Phase: NA")
        .contains("Interventions: DEVICE: Genius");
    assertThat(s.sites())
        .singleElement()
        .satisfies(
            site -> {
              assertThat(site.name().en()).isEqualTo("William LoVerme, MD");
              assertThat(site.location()).isEqualTo("Billerica, United States");
            });
    assertThat(s.history().get(0).actualDate()).isEqualTo(LocalDate.of(2019, 12, 1));
    assertThat(pendingPlans(s)).containsExactly(Progress.COMPLETED);
    assertThat(s.history().get(1).plannedDate()).isEqualTo(LocalDate.of(2020, 3, 31));
    assertThat(s.inclusion().en()).startsWith("1. Male or female, age 18 years and older.");
    assertThat(s.exclusion().en()).startsWith("1. Poorly controlled medical condition");
  }

  @Test
  void theMultiCentreRegistryKeepsEachSiteAndItsStatus() {
    Scene s = only("ctgov/NCT03475563.json");
    assertThat(s.type()).isEqualTo(SceneType.CLINICAL_EVALUATION);
    assertThat(s.sites())
        .hasSize(3)
        .allSatisfy(site -> assertThat(site.progress()).isEqualTo(Progress.RECRUITING));
    assertThat(s.sites())
        .extracting(site -> site.name().en())
        .contains("Hospital Universitario de León");
    assertThat(s.progress()).isEqualTo(Progress.RECRUITING);
    assertThat(s.contacts()).hasSize(2);
    assertThat(s.contacts().get(0).email()).isEqualTo("iotaegui@vhebron.net");
    assertThat(s.description().en()).contains("Enrollment: 100 (ESTIMATED)");
  }

  @Test
  void aCompletedAndAWithdrawnStudyKeepTheirEndAndItsReason() {
    Scene completed = only("ctgov/NCT03418623.json");
    assertThat(completed.progress()).isEqualTo(Progress.COMPLETED);
    assertThat(pendingPlans(completed)).isEmpty();
    assertThat(completed.description().en()).contains("Phase: PHASE2");

    Scene withdrawn = only("ctgov/NCT00973089.json");
    assertThat(withdrawn.progress()).isEqualTo(Progress.WITHDRAWN);
    assertThat(withdrawn.history().get(0).reason())
        .isEqualTo(
            "recruiting or enrolling participants has halted prematurely and will not resume");
    assertThat(FHIR.of(withdrawn).getReasonStopped().getText())
        .startsWith("recruiting or enrolling");
  }

  /** The classic API's JSON, as hospitals archived it before API v2, reads like a v2 study. */
  @Test
  void theClassicApiJsonIsImportedLikeAVersionTwoStudy() {
    Scene s = only("ctgov/NCT00023673.json");
    assertThat(s.sourceId()).isEqualTo("NCT00023673");
    assertThat(s.progress()).isEqualTo(Progress.COMPLETED);
    assertThat(s.type()).isEqualTo(SceneType.CLINICAL_TRIAL);
    assertThat(s.description().en())
        .contains("Phase: Phase 1, Phase 2")
        .contains("Enrollment: 63 (Actual)")
        .contains("Source: https://clinicaltrials.gov/study/NCT00023673");
    assertThat(s.sites())
        .extracting(site -> site.name().en())
        .contains("Mobile Infirmary Medical Center");
    assertThat(s.sites().get(0).location()).isEqualTo("Mobile, United States");
    assertThat(s.inclusion().en()).isNotBlank();
  }

  @Test
  void theLegacyXmlIsImportedWithItsWordsAndDates() {
    Scene s = only("ctgov/NCT00513591.legacy.xml");
    assertThat(s.sourceId()).isEqualTo("NCT00513591");
    assertThat(s.title().en()).isEqualTo("Duke Autoimmunity in Pregnancy Registry");
    assertThat(s.type()).isEqualTo(SceneType.CLINICAL_EVALUATION);
    assertThat(s.progress()).isEqualTo(Progress.RECRUITING);
    assertThat(s.history().get(0).actualDate()).isEqualTo(LocalDate.of(2017, 6, 1));
    assertThat(pendingPlans(s)).containsExactly(Progress.COMPLETED);
    assertThat(s.history().get(1).plannedDate()).isEqualTo(LocalDate.of(2018, 6, 1));
    assertThat(s.sites())
        .singleElement()
        .satisfies(
            site -> {
              assertThat(site.name().en()).isEqualTo("Duke University Medical Center");
              assertThat(site.location()).isEqualTo("Durham, United States");
            });
    assertThat(s.contacts())
        .singleElement()
        .satisfies(c -> assertThat(c.email()).isEqualTo("megan.clowse@duke.edu"));
    assertThat(s.inclusion().en()).startsWith("- 18 years of age or older");
    assertThat(s.exclusion().en()).contains("Unable to speak English");
    assertThat(s.description().en()).contains("Enrollment: 1000 (Anticipated)");
  }

  @Test
  void everyIctrpRowBecomesADraftThatExportsAsValidFhir() {
    Parsed p = read("ictrp/ictrp_covid19_sample_2020-04-07.csv");
    assertThat(p.rejections()).isEmpty();
    assertThat(p.studies()).hasSize(21);
    assertThat(p.studies()).filteredOn(s -> s.registry().equals("ChiCTR")).hasSize(12);
    for (RegistryStudy study : p.studies()) {
      assertThat(study.statusDate()).as(study.id()).isNotNull();
      Scene s = StudyImport.draft(SceneFixtures.hospital(), study, TODAY, "importer", NOW);
      assertThat(s.sourceId()).isEqualTo(study.id());
      assertThat(s.sites()).hasSize(1);
      assertThat(s.contacts()).as("redacted contacts are dropped").isEmpty();
      assertThat(FhirR4Validation.errors(FHIR.json(s))).as(study.id()).isEmpty();
    }
  }

  @Test
  void ictrpStatusesInEitherCaseDatesInEveryFormatAndOddPhasesAreRead() {
    Map<String, RegistryStudy> byId =
        read("ictrp/ictrp_covid19_sample_2020-04-07.csv").studies().stream()
            .collect(Collectors.toMap(RegistryStudy::id, Function.identity()));
    // "Not Recruiting" (ChiCTR) and "Not recruiting" (ClinicalTrials.gov) are the same status.
    assertThat(byId.get("ChiCTR2000029949").status()).isEqualTo(Progress.ACTIVE_NOT_RECRUITING);
    assertThat(byId.get("NCT04246242").status()).isEqualTo(Progress.ACTIVE_NOT_RECRUITING);
    assertThat(byId.get("ChiCTR2000029870").status()).isEqualTo(Progress.RECRUITING);
    assertThat(byId.get("EUCTR2020-000890-25-FR").status()).isEqualTo(Progress.APPROVED);
    // "17 February 2020", "3 February 2020", "6 April 2020": the last refresh dates the status.
    assertThat(byId.get("ChiCTR2000029949").statusDate()).isEqualTo(LocalDate.of(2020, 2, 17));
    assertThat(byId.get("NCT04246242").statusDate()).isEqualTo(LocalDate.of(2020, 2, 3));
    assertThat(byId.get("NCT04246242").facts()).contains("Date registration: 2020-01-27");
    assertThat(byId.get("ChiCTR2000029949").facts()).contains("Phase: Retrospective study");
    assertThat(byId.get("ISRCTN50189673").facts()).contains("Phase: Phase II/III");
    assertThat(byId.get("ChiCTR2000029870").facts()).contains("Phase: 0");
    assertThat(byId.get("ChiCTR2000029853").interventional()).isTrue();
    assertThat(byId.get("ChiCTR2000029949").interventional()).isFalse();
    assertThat(byId.get("ChiCTR2000029949").inclusion()).startsWith("1. Aged >=18 years;\n2.");
    assertThat(byId.get("NCT04246242").inclusion()).doesNotContain("<br>");
  }

  @Test
  void notRecruitingBeforeTheFirstEnrolmentIsNotYetRecruitingWithAPlannedStart() {
    String csv =
        "TrialID,Public title,Recruitment Status,Last Refreshed on,Date enrollement\n"
            + "ChiCTR1,Future study,Not Recruiting,17 February 2020,2020-03-01\n"
            + "ChiCTR2,Past study,Not recruiting,17 February 2020,2020-02-01\n";
    Parsed p = IctrpCsv.read(text(csv));
    assertThat(p.studies())
        .extracting(RegistryStudy::status)
        .containsExactly(Progress.NOT_YET_RECRUITING, Progress.ACTIVE_NOT_RECRUITING);
    Scene s =
        StudyImport.draft(SceneFixtures.hospital(), p.studies().get(0), TODAY, "importer", NOW);
    assertThat(pendingPlans(s)).containsExactly(Progress.RECRUITING);
  }

  @Test
  void aStrayQuoteNamesItsRowAndKeepsTheRowsBefore() {
    String csv =
        "TrialID,Public title,Recruitment Status\n"
            + "ChiCTR1,Good study,Recruiting\n"
            + "ChiCTR2,\"Broken\" study,Recruiting\n"
            + "ChiCTR3,Unread study,Recruiting\n";
    Parsed p = IctrpCsv.read(text(csv));
    assertThat(p.studies()).hasSize(1);
    assertThat(p.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ref()).isEqualTo("row 3");
              assertThat(r.code()).isEqualTo("broken-line");
            });
  }

  @Test
  void aRecordWithTextThatCannotBeStoredIsRejected() {
    String csv = "TrialID,Public title,Recruitment Status\nChiCTR1,Nul\u0000 study,Recruiting\n";
    assertThat(IctrpCsv.read(text(csv)).rejections())
        .extracting(r -> r.code())
        .containsExactly("unstorable");
  }

  @Test
  void recordsThatCannotBeScenesAreReportedWithAReason() {
    String csv =
        "\uFEFFTrialID,Public title,Recruitment Status\n"
            + ",No id,Recruiting\n"
            + "X-2,,Recruiting\n"
            + "X-3,Odd status,Halted for lunch\n"
            + "X-4,No status,\n"
            + "X-5,Fine,recruiting\n";
    Parsed p = IctrpCsv.read(text(csv));
    assertThat(p.studies()).extracting(RegistryStudy::id).containsExactly("X-5");
    assertThat(p.rejections())
        .extracting(r -> r.ref() + " " + r.code())
        .containsExactly(
            "row 2 missing-id", "X-2 missing-title", "X-3 status-unmapped", "X-4 status-missing");
    assertThat(p.rejections().get(2).args()).containsExactly("Halted for lunch");

    assertThat(IctrpCsv.read(text("a,b\n1,2\n")).rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.code()).isEqualTo("missing-columns"));
  }

  @Test
  void clinicalTrialsGovRecordsThatCannotBeScenesAreReported() {
    String json =
        "{\"studies\": ["
            + "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT1\", \"briefTitle\": \"A\"},"
            + " \"statusModule\": {\"overallStatus\": \"UNKNOWN\"}}},"
            + "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT2\", \"briefTitle\": \"B\"},"
            + " \"statusModule\": {\"overallStatus\": \"AVAILABLE\"}}},"
            + "{\"protocolSection\": {\"identificationModule\": {\"briefTitle\": \"C\"}}},"
            + "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT4\"}}},"
            + "{\"derivedSection\": {}},"
            + "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT6\", \"briefTitle\": \"F\"},"
            + " \"statusModule\": {\"overallStatus\": \"SUSPENDED\"}}}"
            + "]}";
    Parsed p = CtGovJson.read(text(json));
    assertThat(p.rejections())
        .extracting(r -> r.ref() + " " + r.code())
        .containsExactly(
            "NCT1 status-unknown",
            "NCT2 expanded-access",
            "record 3 missing-id",
            "NCT4 missing-title",
            "record 5 not-a-study");
    assertThat(p.studies())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.status()).isEqualTo(Progress.TEMPORARILY_CLOSED);
              Scene scene = StudyImport.draft(SceneFixtures.hospital(), s, TODAY, "importer", NOW);
              assertThat(scene.history().get(0).reason())
                  .isEqualTo("Stopped before the import; ClinicalTrials.gov gives no reason");
              assertThat(scene.history().get(0).actualDate()).isEqualTo(TODAY);
              assertThat(scene.sites())
                  .extracting(SceneSite::progress)
                  .containsExactly(Progress.TEMPORARILY_CLOSED);
            });
    assertThat(CtGovJson.read(text("{not json")).rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.code()).isEqualTo("unreadable"));
  }

  @Test
  void aLegacyXmlFileWithADoctypeIsRefusedSoNoEntityIsEverResolved() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE clinical_study [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<clinical_study><id_info><nct_id>NCT9</nct_id></id_info><brief_title>&x;</brief_title>"
            + "<overall_status>Recruiting</overall_status></clinical_study>";
    assertThat(CtGovLegacyXml.read(text(xxe)).rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.code()).isEqualTo("unreadable"));
    assertThat(CtGovLegacyXml.read(text("<other/>")).rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.code()).isEqualTo("not-a-study"));
  }

  @Test
  void longTextsAreCutToTheColumnsAndStatusesMatchByLettersOnly() {
    assertThat(StudyImport.cut("x".repeat(600), 500)).hasSize(500).endsWith("…");
    assertThat(RegistryStatuses.progress("Active, not recruiting"))
        .contains(Progress.ACTIVE_NOT_RECRUITING);
    assertThat(RegistryStatuses.progress(" not yet RECRUITING "))
        .contains(Progress.NOT_YET_RECRUITING);
    assertThat(RegistryStatuses.progress("Enrolling by invitation"))
        .contains(Progress.ENROLLING_BY_INVITATION);
    assertThat(RegistryStatuses.progress("Authorised")).contains(Progress.APPROVED);
    assertThat(RegistryStatuses.progress("Not recruiting")).isEmpty();
    assertThat(RegistryStatuses.progress(null)).isEmpty();
  }
}
