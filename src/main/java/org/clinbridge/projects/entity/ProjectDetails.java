package org.clinbridge.projects.entity;

import java.util.Objects;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * The descriptive part of a project that its owner may revise at any time, as one value: the
 * lifecycle (stage, status, TRL, manager) changes only through the project's named methods.
 *
 * @param subcatalogueCode the NMPA sub-catalogue (two digits), or null where none applies (drugs)
 * @param expectedClass the device class expected, or null where not yet known or not a device
 */
public record ProjectDetails(
    BilingualText title,
    BilingualText summary,
    ProjectCategory category,
    String subcatalogueCode,
    DeviceClass expectedClass,
    String sourceInstitution) {

  public ProjectDetails {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(category, "category");
    if (subcatalogueCode != null && !subcatalogueCode.matches("\\d{2}")) {
      throw new IllegalArgumentException("A sub-catalogue code is two digits");
    }
  }
}
