package org.clinbridge.platform.audit.entity;

import java.util.Objects;

/**
 * What one audit entry says happened, as it will be stored: the values already written as canonical
 * JSON text.
 *
 * @param ownerOrganisationRef internal key of the organisation owning the record; {@code null} for
 *     district-wide records
 */
public record Facts(
    String entity,
    String publicId,
    String action,
    String oldValues,
    String newValues,
    String reason,
    Long ownerOrganisationRef) {
  public Facts {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(publicId, "publicId");
    Objects.requireNonNull(action, "action");
  }
}
