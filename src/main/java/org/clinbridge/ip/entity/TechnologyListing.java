package org.clinbridge.ip.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.projects.entity.Actor;
import org.clinbridge.projects.entity.Project;

/**
 * A project's technology offered to companies by the IP operation centre. The listing shows only
 * its own title and summary, not the project record: every signed-in organisation may read it,
 * which is its purpose.
 */
@Entity
@Table(name = "technology_listing")
public class TechnologyListing {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "technology_listing_seq")
  @SequenceGenerator(
      name = "technology_listing_seq",
      sequenceName = "technology_listing_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private Project project;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  })
  private BilingualText title;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
  })
  private BilingualText summary;

  @Embedded private Actor listedBy;

  @Column(name = "listed_at", nullable = false, updatable = false)
  private OffsetDateTime listedAt;

  @Column(nullable = false)
  private boolean withdrawn;

  @Version private long version;

  protected TechnologyListing() {}

  public TechnologyListing(
      Project project, BilingualText title, BilingualText summary, Actor by, OffsetDateTime at) {
    project.requireOpen();
    this.publicId = UUID.randomUUID();
    this.project = project;
    this.title = Objects.requireNonNull(title, "title");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.listedBy = by;
    this.listedAt = at;
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public Project project() {
    return project;
  }

  public BilingualText title() {
    return title;
  }

  public BilingualText summary() {
    return summary;
  }

  public OffsetDateTime listedAt() {
    return listedAt;
  }

  public boolean withdrawn() {
    return withdrawn;
  }

  public long version() {
    return version;
  }

  public void withdraw() {
    this.withdrawn = true;
  }

  /** A company (never the owner itself) expresses interest in the listed technology. */
  public ListingInterest expressInterest(
      Organisation company, String note, Actor by, OffsetDateTime at) {
    if (withdrawn) {
      throw MatchRefused.withdrawn();
    }
    if (company.publicId().equals(project.owner().publicId())) {
      throw MatchRefused.ownListing();
    }
    return new ListingInterest(this, company, note, by, at);
  }

  /**
   * The listing's overall state: LISTED without interest, LICENSED once any company licensed,
   * otherwise the furthest live interest, and DECLINED when every interest was declined.
   */
  public static MatchState stateOf(Collection<ListingInterest> interests) {
    if (interests.isEmpty()) {
      return MatchState.LISTED;
    }
    if (interests.stream().anyMatch(i -> i.state() == MatchState.LICENSED)) {
      return MatchState.LICENSED;
    }
    return interests.stream()
        .map(ListingInterest::state)
        .filter(s -> s != MatchState.DECLINED)
        .max(Enum::compareTo)
        .orElse(MatchState.DECLINED);
  }
}
