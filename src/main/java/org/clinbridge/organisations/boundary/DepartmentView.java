package org.clinbridge.organisations.boundary;

import java.util.UUID;
import org.clinbridge.organisations.entity.Department;
import org.clinbridge.platform.i18n.Bilingual;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hospital department on the wire; its ETag is {@code version}. */
@Schema(name = "Department")
public record DepartmentView(
    UUID id,
    UUID organisationId,
    Bilingual name,
    boolean active,
    String deactivatedReason,
    long version) {
  static DepartmentView of(Department d) {
    return new DepartmentView(
        d.publicId(),
        d.organisation().publicId(),
        d.name().view(),
        d.active(),
        d.deactivatedReason(),
        d.version());
  }
}
