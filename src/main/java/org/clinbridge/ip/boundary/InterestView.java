package org.clinbridge.ip.boundary;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinbridge.ip.entity.DeclineReason;
import org.clinbridge.ip.entity.ListingInterest;
import org.clinbridge.ip.entity.MatchState;
import org.clinbridge.projects.boundary.Refs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A company's interest in a listing and how far the match has come. */
@Schema(name = "ListingInterest")
public record InterestView(
    UUID id,
    UUID listingId,
    Refs.OrganisationRef company,
    MatchState state,
    String note,
    DeclineReason declineReason,
    String declineNote,
    OffsetDateTime updatedAt,
    long version) {

  static InterestView of(ListingInterest i) {
    return new InterestView(
        i.publicId(),
        i.listing().publicId(),
        Refs.OrganisationRef.of(i.company()),
        i.state(),
        i.note(),
        i.declineReason(),
        i.declineNote(),
        i.updatedAt(),
        i.version());
  }
}
