package org.clinbridge.ip.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clinbridge.ip.entity.PatentTest.patent;

import java.time.LocalDate;
import java.util.List;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.reference.entity.DeviceClass;
import org.junit.jupiter.api.Test;

class InnovativePrecheckTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private static Patent grantedInvention(String number, LocalDate granted) {
    Patent p = patent(number, PatentKind.INVENTION, granted.minusYears(2));
    p.publish(granted.minusYears(1), false);
    p.grant(granted);
    return p;
  }

  private static InnovativePrecheck.Condition condition(InnovativePrecheck.Result r, String code) {
    return r.conditions().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void aClassIiiDeviceWithARecentInventionPatentIsEligible() {
    var r =
        InnovativePrecheck.evaluate(
            ProjectCategory.MEDICAL_DEVICE,
            DeviceClass.III,
            List.of(grantedInvention("CN202110000001.1", AS_OF.minusYears(5))),
            AS_OF);
    assertThat(r.eligible()).isTrue();
    assertThat(r.failing()).isEmpty();
    assertThat(condition(r, "INVENTION_PATENT").messageKey()).isEqualTo("precheck.patent.granted");
  }

  @Test
  void aGrantMoreThanFiveYearsBeforeFailsAndSaysSo() {
    var r =
        InnovativePrecheck.evaluate(
            ProjectCategory.MEDICAL_DEVICE,
            DeviceClass.II,
            List.of(grantedInvention("CN201910000001.1", AS_OF.minusYears(5).minusDays(1))),
            AS_OF);
    assertThat(r.eligible()).isFalse();
    assertThat(r.failing())
        .extracting(InnovativePrecheck.Condition::code)
        .containsExactly("INVENTION_PATENT");
    assertThat(condition(r, "INVENTION_PATENT").messageKey()).isEqualTo("precheck.patent.too-old");
  }

  @Test
  void aPublishedInventionCountsOnlyWithASearchReport() {
    Patent published = patent("CN202410000002.2", PatentKind.INVENTION, LocalDate.of(2024, 1, 1));
    published.publish(LocalDate.of(2024, 7, 1), false);
    var without =
        InnovativePrecheck.evaluate(
            ProjectCategory.IVD, DeviceClass.III, List.of(published), AS_OF);
    assertThat(without.eligible()).isFalse();
    assertThat(condition(without, "INVENTION_PATENT").messageKey())
        .isEqualTo("precheck.patent.no-search-report");
    published.recordSearchReport();
    var with =
        InnovativePrecheck.evaluate(
            ProjectCategory.IVD, DeviceClass.III, List.of(published), AS_OF);
    assertThat(with.eligible()).isTrue();
  }

  @Test
  void utilityModelsDesignsAndForeignPatentsDoNotCount() {
    Patent utility = patent("CN202320000003.3", PatentKind.UTILITY_MODEL, LocalDate.of(2023, 1, 1));
    utility.grant(LocalDate.of(2023, 8, 1));
    Patent foreign = grantedInvention("US11223344B2", LocalDate.of(2025, 1, 1));
    var r =
        InnovativePrecheck.evaluate(
            ProjectCategory.MEDICAL_DEVICE, DeviceClass.II, List.of(utility, foreign), AS_OF);
    assertThat(condition(r, "INVENTION_PATENT").messageKey()).isEqualTo("precheck.patent.none");
  }

  @Test
  void aFiledOrEndedInventionIsNamed() {
    Patent filed = patent("CN202510000004.4", PatentKind.INVENTION, LocalDate.of(2025, 1, 1));
    var r =
        InnovativePrecheck.evaluate(
            ProjectCategory.MEDICAL_DEVICE, DeviceClass.II, List.of(filed), AS_OF);
    assertThat(condition(r, "INVENTION_PATENT").messageKey())
        .isEqualTo("precheck.patent.not-published");
    filed.end(PatentStatus.WITHDRAWN, LocalDate.of(2025, 3, 1));
    r =
        InnovativePrecheck.evaluate(
            ProjectCategory.MEDICAL_DEVICE, DeviceClass.II, List.of(filed), AS_OF);
    assertThat(condition(r, "INVENTION_PATENT").messageKey()).isEqualTo("precheck.patent.ended");
    assertThat(condition(r, "INVENTION_PATENT").args()).containsExactly("CN202510000004.4");
  }

  @Test
  void classIAnUnknownClassAndNonDevicesFailTheirOwnConditions() {
    Patent ok = grantedInvention("CN202210000005.5", LocalDate.of(2024, 1, 1));
    var classOne =
        InnovativePrecheck.evaluate(
            ProjectCategory.MEDICAL_DEVICE, DeviceClass.I, List.of(ok), AS_OF);
    assertThat(classOne.failing())
        .extracting(InnovativePrecheck.Condition::messageKey)
        .containsExactly("precheck.class.one");
    var unknown =
        InnovativePrecheck.evaluate(ProjectCategory.MEDICAL_DEVICE, null, List.of(ok), AS_OF);
    assertThat(unknown.failing())
        .extracting(InnovativePrecheck.Condition::messageKey)
        .containsExactly("precheck.class.unknown");
    var drug = InnovativePrecheck.evaluate(ProjectCategory.DRUG, null, List.of(), AS_OF);
    assertThat(drug.failing())
        .extracting(InnovativePrecheck.Condition::code)
        .containsExactly("DEVICE", "DEVICE_CLASS", "INVENTION_PATENT");
  }
}
