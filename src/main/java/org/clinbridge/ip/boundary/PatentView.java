package org.clinbridge.ip.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinbridge.ip.entity.Patent;
import org.clinbridge.ip.entity.PatentKind;
import org.clinbridge.ip.entity.PatentStatus;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.projects.boundary.Refs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patent on the wire, with the projects it is linked to (those the reader may see). */
@Schema(name = "Patent")
public record PatentView(
    UUID id,
    String number,
    Bilingual title,
    PatentKind kind,
    PatentStatus status,
    LocalDate filedOn,
    LocalDate publishedOn,
    LocalDate grantedOn,
    LocalDate endedOn,
    String holder,
    boolean searchReport,
    Refs.OrganisationRef owner,
    List<UUID> projects,
    long version) {

  static PatentView of(Patent p, List<UUID> visibleProjects) {
    return new PatentView(
        p.publicId(),
        p.number(),
        p.title().view(),
        p.kind(),
        p.status(),
        p.filedOn(),
        p.publishedOn(),
        p.grantedOn(),
        p.endedOn(),
        p.holder(),
        p.searchReport(),
        Refs.OrganisationRef.of(p.owner()),
        visibleProjects,
        p.version());
  }
}
