package org.clinbridge.ip.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinbridge.ip.entity.MatchState;
import org.clinbridge.ip.entity.TechnologyListing;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.BilingualParagraph;
import org.clinbridge.projects.boundary.Refs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A listed technology as every signed-in organisation sees it. The project it comes from is named
 * only to those who may see the project.
 */
@Schema(name = "TechnologyListing")
public record ListingView(
    UUID id,
    Bilingual title,
    BilingualParagraph summary,
    Refs.OrganisationRef offeredBy,
    @Schema(description = "LISTED, or how far the furthest interest has come") MatchState state,
    long interests,
    boolean withdrawn,
    OffsetDateTime listedAt,
    @Schema(description = "Only for those who may see the project") UUID projectId,
    long version) {

  static ListingView of(
      TechnologyListing l, MatchState state, long interests, boolean showProject) {
    return new ListingView(
        l.publicId(),
        l.title().view(),
        BilingualParagraph.of(l.summary()),
        Refs.OrganisationRef.of(l.project().owner()),
        state,
        interests,
        l.withdrawn(),
        l.listedAt(),
        showProject ? l.project().publicId() : null,
        l.version());
  }
}
