package org.clinbridge.scenes.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.reference.entity.DeviceClass;
import org.clinbridge.scenes.entity.Progress;
import org.clinbridge.scenes.entity.Publication;
import org.clinbridge.scenes.entity.SceneType;
import org.junit.jupiter.api.Test;

/** The edit page's mapping between its fields and the API's SceneForm. */
class SceneEditPageTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static SceneView scene(OffsetDateTime opens, OffsetDateTime closes) {
    UUID site = UUID.randomUUID();
    return new SceneView(
        UUID.randomUUID(),
        new SceneView.HospitalRef(UUID.randomUUID(), new Bilingual("医院", "Hospital")),
        SceneType.USABILITY_STUDY,
        new Bilingual("标题", "Title"),
        new LongText("描述", "Description"),
        new Bilingual("心内科", "Cardiology"),
        new SceneView.Accepts(Set.of("07"), Set.of(DeviceClass.II), 4, 7, false),
        5,
        0,
        new SceneView.Window(opens, closes, true),
        null,
        new LongText("纳入", "Inclusion"),
        null,
        List.of(new SceneView.Contact("Li Wei", "nurse", "li@example.org", null)),
        List.of(
            new SceneView.Site(site, new Bilingual("心内科", "Cardiology"), null, Progress.IN_REVIEW)),
        Publication.DRAFT,
        Progress.IN_REVIEW,
        List.of(
            new SceneView.HistoryLine(
                site, Progress.IN_REVIEW, null, LocalDate.now(), null, OffsetDateTime.now(), "u")),
        null,
        null,
        null,
        null,
        OffsetDateTime.now(),
        OffsetDateTime.now(),
        3);
  }

  @Test
  void aNewSceneTakesTheTypedFieldsAndDropsEmptyOptionalParts() {
    SceneEditPage page = new SceneEditPage();
    page.setType(SceneType.APPLICATION_PILOT);
    page.setTitleZh(" 心电贴 ");
    page.setTitleEn("ECG patch");
    page.setDescriptionZh("描述");
    page.setDescriptionEn("Description");
    page.setCapacity(5);
    page.setDeviceClasses(List.of("II", "III"));
    page.setSubcatalogueCodes(List.of("07"));
    page.setFirstDay(LocalDate.parse("2026-12-01"));
    page.setLastDay(LocalDate.parse("2026-12-31"));
    page.setInclusionEn("adults");
    page.getContacts().add(new SceneEditPage.ContactRow());
    page.addSite();
    page.getSites().get(0).setNameZh("心内科");
    page.getSites().get(0).setNameEn("Cardiology");
    page.addSite();

    SceneForm form = page.form(ZONE);

    assertThat(form.title()).isEqualTo(new Bilingual("心电贴", "ECG patch"));
    assertThat(form.capacity()).isEqualTo(5);
    assertThat(form.deviceClasses()).containsExactlyInAnyOrder(DeviceClass.II, DeviceClass.III);
    assertThat(form.subcatalogues()).containsExactly("07");
    assertThat(form.department()).isNull();
    assertThat(form.ethics()).isNull();
    // Half a bilingual text stays, so that validation names the missing half.
    assertThat(form.inclusion()).isEqualTo(new LongText(null, "adults"));
    assertThat(form.contacts()).isEmpty();
    assertThat(form.sites()).hasSize(1);
    assertThat(form.opensAt()).isEqualTo(OffsetDateTime.parse("2026-11-30T16:00Z"));
    assertThat(form.closesAt()).isEqualTo(OffsetDateTime.parse("2026-12-31T16:00Z"));
  }

  @Test
  void anEmptyCapacityIsZeroSoThatTheApiRuleNamesIt() {
    assertThat(new SceneEditPage().form(ZONE).capacity()).isZero();
  }

  @Test
  void editingKeepsTheExactWindowUnlessADayChanges() {
    OffsetDateTime opens = OffsetDateTime.parse("2026-12-01T03:30Z");
    OffsetDateTime closes = OffsetDateTime.parse("2027-01-05T02:00Z");
    SceneEditPage page = new SceneEditPage();
    page.fill(scene(opens, closes), ZONE);

    assertThat(page.isEditing()).isTrue();
    assertThat(page.getFirstDay()).isEqualTo(LocalDate.parse("2026-12-01"));
    assertThat(page.getLastDay()).isEqualTo(LocalDate.parse("2027-01-05"));
    SceneForm unchanged = page.form(ZONE);
    assertThat(unchanged.opensAt()).isEqualTo(opens);
    assertThat(unchanged.closesAt()).isEqualTo(closes);
    assertThat(unchanged.sites()).as("sites have their own action when revising").isNull();
    assertThat(unchanged.contacts())
        .extracting(SceneForm.ContactForm::name)
        .containsExactly("Li Wei");
    assertThat(unchanged.department()).isEqualTo(new Bilingual("心内科", "Cardiology"));
    assertThat(unchanged.trlMin()).isEqualTo(4);

    page.setLastDay(LocalDate.parse("2027-01-10"));
    SceneForm moved = page.form(ZONE);
    assertThat(moved.opensAt()).isEqualTo(opens);
    assertThat(moved.closesAt()).isEqualTo(OffsetDateTime.parse("2027-01-10T16:00Z"));
  }

  @Test
  void theTypeFixesTheCertificateWhereTheRulesDo() {
    SceneEditPage page = new SceneEditPage();
    page.setType(SceneType.PROCUREMENT_PILOT);
    page.typeChanged();
    assertThat(page.isCertificateRequired()).isTrue();
    assertThat(page.isCertificateFixed()).isTrue();
    page.setType(SceneType.CLINICAL_TRIAL);
    page.typeChanged();
    assertThat(page.isCertificateRequired()).isFalse();
    assertThat(page.isCertificateFixed()).isTrue();
    page.setType(SceneType.USABILITY_STUDY);
    page.setCertificateRequired(true);
    page.typeChanged();
    assertThat(page.isCertificateRequired()).isTrue();
    assertThat(page.isCertificateFixed()).isFalse();
  }

  @Test
  void rowsAreAddedAndRemoved() {
    SceneEditPage page = new SceneEditPage();
    page.addContact();
    page.addContact();
    page.removeContact(0);
    page.removeContact(5);
    assertThat(page.getContacts()).hasSize(1);
    page.addSite();
    page.removeSite(0);
    assertThat(page.getSites()).isEmpty();
  }
}
