package org.clinbridge.scenes.entity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * What a hospital writes about a scene, as one value: the scene takes it whole on creation and on
 * revision, so the rules that tie fields together are checked in one place, here.
 *
 * @param subcatalogues NMPA sub-catalogue codes the scene accepts; empty accepts any
 * @param deviceClasses device classes the scene accepts; empty accepts any
 * @param certificateRequired whether a device needs its registration certificate to apply
 * @param opensAt start of the application window (inclusive); may be absent while a draft
 * @param closesAt end of the application window (exclusive); may be absent while a draft
 */
public record SceneContent(
    SceneType type,
    BilingualText title,
    BilingualText description,
    BilingualText department,
    Set<String> subcatalogues,
    Set<DeviceClass> deviceClasses,
    int trlMin,
    int trlMax,
    boolean certificateRequired,
    int capacity,
    OffsetDateTime opensAt,
    OffsetDateTime closesAt,
    BilingualText ethics,
    BilingualText inclusion,
    BilingualText exclusion,
    List<SceneContact> contacts) {

  public static final int TRL_MIN = 1;
  public static final int TRL_MAX = 9;

  public SceneContent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    subcatalogues = subcatalogues == null ? Set.of() : Set.copyOf(new TreeSet<>(subcatalogues));
    deviceClasses = deviceClasses == null ? Set.of() : Set.copyOf(deviceClasses);
    contacts = contacts == null ? List.of() : List.copyOf(contacts);
    if (trlMin < TRL_MIN || trlMax > TRL_MAX || trlMin > trlMax) {
      throw SceneRuleViolation.trlRange(trlMin, trlMax);
    }
    if (capacity < 1) {
      throw SceneRuleViolation.capacity(capacity);
    }
    if (type.requiresCertificate() && !certificateRequired) {
      throw SceneRuleViolation.certificateRequired(type);
    }
    if (type.forbidsCertificateRequirement() && certificateRequired) {
      throw SceneRuleViolation.certificateForbidden(type);
    }
    if ((opensAt == null) != (closesAt == null)
        || (opensAt != null && !closesAt.isAfter(opensAt))) {
      throw SceneRuleViolation.window();
    }
  }

  public boolean hasWindow() {
    return opensAt != null;
  }

  /** Whether applications are accepted at {@code now}: opensAt inclusive, closesAt exclusive. */
  public boolean windowOpenAt(OffsetDateTime now) {
    return hasWindow() && !now.isBefore(opensAt) && now.isBefore(closesAt);
  }
}
