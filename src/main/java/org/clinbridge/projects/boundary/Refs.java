package org.clinbridge.projects.boundary;

import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.projects.entity.Actor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Short references to records of other areas, as embedded in views. */
public final class Refs {
  private Refs() {}

  @Schema(name = "OrganisationRef")
  public record OrganisationRef(UUID id, OrganisationKind kind, Bilingual name) {
    public static OrganisationRef of(Organisation o) {
      return new OrganisationRef(o.publicId(), o.kind(), o.name().view());
    }
  }

  @Schema(name = "PersonRef", description = "An account by its public id and display name")
  public record PersonRef(UUID id, String name) {
    public static PersonRef of(Actor a) {
      return a == null ? null : new PersonRef(a.accountId(), a.name());
    }
  }
}
