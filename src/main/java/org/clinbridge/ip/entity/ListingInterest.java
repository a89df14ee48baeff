package org.clinbridge.ip.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.entity.Actor;

/** One company's interest in a listed technology, and how far the match has come. */
@Entity
@Table(name = "listing_interest")
public class ListingInterest {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listing_interest_seq")
  @SequenceGenerator(
      name = "listing_interest_seq",
      sequenceName = "listing_interest_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "listing_id", nullable = false, updatable = false)
  private TechnologyListing listing;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id", nullable = false, updatable = false)
  private Organisation company;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private MatchState state;

  @Column(length = 2000)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "decline_reason", length = 32)
  private DeclineReason declineReason;

  @Column(name = "decline_note", length = 2000)
  private String declineNote;

  @Embedded private Actor expressedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected ListingInterest() {}

  ListingInterest(
      TechnologyListing listing, Organisation company, String note, Actor by, OffsetDateTime at) {
    this.publicId = UUID.randomUUID();
    this.listing = listing;
    this.company = company;
    this.state = MatchState.INTEREST_EXPRESSED;
    this.note = note == null || note.isBlank() ? null : note.trim();
    this.expressedBy = by;
    this.createdAt = at;
    this.updatedAt = at;
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public TechnologyListing listing() {
    return listing;
  }

  public Organisation company() {
    return company;
  }

  public MatchState state() {
    return state;
  }

  public String note() {
    return note;
  }

  public DeclineReason declineReason() {
    return declineReason;
  }

  public String declineNote() {
    return declineNote;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public void introduce(OffsetDateTime at) {
    move(MatchState.INTRODUCED, at);
  }

  public void negotiate(OffsetDateTime at) {
    move(MatchState.IN_NEGOTIATION, at);
  }

  public void license(OffsetDateTime at) {
    move(MatchState.LICENSED, at);
  }

  /** Declines with a coded reason; OTHER needs a note saying what. */
  public void decline(DeclineReason reason, String note, OffsetDateTime at) {
    if (reason == null) {
      throw ProblemException.invalidField("reason", "field.required");
    }
    if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
      throw ProblemException.invalidField("note", "match.decline.other-needs-note");
    }
    move(MatchState.DECLINED, at);
    this.declineReason = reason;
    this.declineNote = note == null || note.isBlank() ? null : note.trim();
  }

  private void move(MatchState to, OffsetDateTime at) {
    if (!state.canChangeTo(to)) {
      throw MatchRefused.state(state, to);
    }
    this.state = to;
    this.updatedAt = at;
  }
}
