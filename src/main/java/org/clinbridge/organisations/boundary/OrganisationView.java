package org.clinbridge.organisations.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.Bilingual;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation on the wire; its ETag is {@code version}. */
@Schema(name = "Organisation")
public record OrganisationView(
    UUID id,
    OrganisationKind kind,
    Bilingual name,
    String uscc,
    OrganisationForm.Contact contact,
    boolean active,
    String deactivatedReason,
    OffsetDateTime deactivatedAt,
    OffsetDateTime createdAt,
    long version) {

  static OrganisationView of(Organisation o) {
    return new OrganisationView(
        o.publicId(),
        o.kind(),
        o.name().view(),
        o.uscc(),
        new OrganisationForm.Contact(
            o.contactName(), o.contactEmail(), o.contactPhone(), o.address()),
        o.active(),
        o.deactivatedReason(),
        o.deactivatedAt(),
        o.createdAt(),
        o.version());
  }
}
