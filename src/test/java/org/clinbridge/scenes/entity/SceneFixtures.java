package org.clinbridge.scenes.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.DeviceClass;

/** Scenes for unit tests, built through the entity's own constructor. */
public final class SceneFixtures {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T08:00:00Z");

  public static final OffsetDateTime OPENS =
      OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  public static final OffsetDateTime CLOSES = OPENS.plusMonths(2);
  public static final LocalDate DAY = LocalDate.of(2026, 2, 1);

  private SceneFixtures() {}

  public static Organisation hospital() {
    return new Organisation(
        OrganisationKind.HOSPITAL,
        new BilingualText("重庆医科大学附属第一医院", "First Affiliated Hospital of CQMU"),
        "12500000450400567L",
        NOW);
  }

  public static SceneContent content() {
    return content(SceneType.CLINICAL_EVALUATION, 5);
  }

  public static SceneContent content(SceneType type, int capacity) {
    return new SceneContent(
        type,
        new BilingualText("可穿戴心电监护临床评价", "Wearable ECG monitor clinical evaluation"),
        new BilingualText("心内科病房试用可穿戴心电贴。", "The cardiology ward tries a wearable ECG patch."),
        new BilingualText("心血管内科", "Cardiology"),
        Set.of("07", "21"),
        Set.of(DeviceClass.II, DeviceClass.III),
        5,
        7,
        type == SceneType.PROCUREMENT_PILOT,
        capacity,
        OPENS,
        CLOSES,
        new BilingualText("需伦理委员会批准", "Ethics committee approval required"),
        null,
        null,
        List.of(new SceneContact("Li Wei", "coordinator", "li.wei@example.org", null)));
  }

  public static Scene draft() {
    return new Scene(hospital(), content(), List.of(), Progress.IN_REVIEW, DAY, "alice", NOW);
  }

  public static Scene draftWithSites(String... names) {
    return new Scene(
        hospital(),
        content(),
        java.util.Arrays.stream(names)
            .map(n -> new Scene.SiteSpec(new BilingualText(n, n), null, null))
            .toList(),
        Progress.IN_REVIEW,
        DAY,
        "alice",
        NOW);
  }
}
