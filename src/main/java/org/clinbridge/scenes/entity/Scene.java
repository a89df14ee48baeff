package org.clinbridge.scenes.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * A scene opening: a hospital's offer of a clinical trial or application scenario to start-ups.
 *
 * <p>Two independent axes, as FHIR R5 has them: {@link Publication} (who can see it) and {@link
 * Progress} (where the study stands), the latter kept per site as a dated history of planned and
 * actual dates. The scene's own progress is derived from its sites' and kept in a column, so the
 * catalogue can filter on it. Every change goes through a named method that checks it.
 */
@Entity
@Table(name = "scene")
public class Scene {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scene_seq")
  @SequenceGenerator(name = "scene_seq", sequenceName = "scene_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "hospital_id", nullable = false, updatable = false)
  private Organisation hospital;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private SceneType type;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  })
  private BilingualText title;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "description_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
  })
  private BilingualText description;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "department_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "department_en"))
  })
  private BilingualText department;

  @ElementCollection
  @CollectionTable(name = "scene_subcatalogue", joinColumns = @JoinColumn(name = "scene_id"))
  @Column(name = "code", length = 2)
  private Set<String> subcatalogues = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "scene_device_class", joinColumns = @JoinColumn(name = "scene_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "device_class", length = 3)
  private Set<DeviceClass> deviceClasses = EnumSet.noneOf(DeviceClass.class);

  @Column(name = "trl_min", nullable = false)
  private int trlMin;

  @Column(name = "trl_max", nullable = false)
  private int trlMax;

  @Column(name = "certificate_required", nullable = false)
  private boolean certificateRequired;

  @Column(nullable = false)
  private int capacity;

  /**
   * Applications accepted so far. Written only by the database's conditional update when an
   * application is accepted (never by the entity), and capped by a check constraint, so capacity
   * holds across instances.
   */
  @Column(name = "accepted_count", nullable = false, insertable = false, updatable = false)
  private int acceptedCount;

  @Column(name = "opens_at")
  private OffsetDateTime opensAt;

  @Column(name = "closes_at")
  private OffsetDateTime closesAt;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "ethics_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "ethics_en"))
  })
  private BilingualText ethics;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "inclusion_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "inclusion_en"))
  })
  private BilingualText inclusion;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "exclusion_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "exclusion_en"))
  })
  private BilingualText exclusion;

  @ElementCollection
  @CollectionTable(name = "scene_contact", joinColumns = @JoinColumn(name = "scene_id"))
  @OrderColumn(name = "position")
  private List<SceneContact> contacts = new ArrayList<>();

  @OneToMany(mappedBy = "scene", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<SceneSite> sites = new ArrayList<>();

  @OneToMany(mappedBy = "scene", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ProgressEntry> history = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Publication publication;

  /** Derived from the sites' progress; a column so the catalogue can filter on it. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Progress progress;

  @Column(name = "source_registry", length = 40, updatable = false)
  private String sourceRegistry;

  @Column(name = "source_id", length = 80, updatable = false)
  private String sourceId;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

  @Column(name = "retired_reason", length = Progress.MAX_REASON_LENGTH)
  private String retiredReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Scene() {}

  /**
   * A new draft. Without sites, the scene runs at one site named after its department (or the
   * hospital); every site starts at {@code initial} on {@code since}.
   */
  public Scene(
      Organisation hospital,
      SceneContent content,
      List<SiteSpec> sites,
      Progress initial,
      LocalDate since,
      String by,
      OffsetDateTime now) {
    this.hospital = Objects.requireNonNull(hospital, "hospital");
    if (hospital.kind() != OrganisationKind.HOSPITAL) {
      throw new IllegalArgumentException("Only a hospital opens scenes: " + hospital.kind());
    }
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(since, "since");
    this.publicId = UUID.randomUUID();
    this.publication = Publication.DRAFT;
    // Microseconds, as the database keeps them: the catalogue's cursor compares this value.
    this.createdAt = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    this.updatedAt = createdAt;
    apply(content);
    List<SiteSpec> specs =
        sites == null || sites.isEmpty()
            ? List.of(
                new SiteSpec(
                    content.department() != null ? content.department() : hospital.name(),
                    null,
                    null))
            : sites;
    for (SiteSpec spec : specs) {
      Progress start = spec.initial() != null ? spec.initial() : initial;
      SceneSite site = new SceneSite(this, spec.name(), spec.location(), start, this.sites.size());
      this.sites.add(site);
      history.add(ProgressEntry.actual(this, site, start, since, null, by, now));
    }
    this.progress = Progress.of(this.sites.stream().map(SceneSite::progress).toList());
  }

  /**
   * A draft made from a study in a registry, e.g. {@code ClinicalTrials.gov} and its NCT number.
   * The sites start at the registry's status; a stopped study carries the registry's reason.
   */
  public static Scene imported(
      Organisation hospital,
      SceneContent content,
      List<SiteSpec> sites,
      Progress status,
      LocalDate since,
      String stopReason,
      String registry,
      String sourceId,
      String by,
      OffsetDateTime now) {
    Scene scene = new Scene(hospital, content, sites, status, since, by, now);
    scene.sourceRegistry = Objects.requireNonNull(registry, "registry");
    scene.sourceId = Objects.requireNonNull(sourceId, "sourceId");
    for (ProgressEntry e : scene.history) {
      if (e.status().isStop()) {
        e.realise(e.actualDate(), checkedReason(stopReason, true, e.status()), by, now);
      }
    }
    return scene;
  }

  /** Replaces the content; a retired scene is frozen, and capacity never drops below accepted. */
  public void revise(SceneContent content, OffsetDateTime now) {
    requireEditable();
    if (content.capacity() < acceptedCount) {
      throw SceneConflict.capacityBelowAccepted(content.capacity(), acceptedCount);
    }
    if (publication == Publication.ACTIVE && !content.hasWindow()) {
      throw SceneRuleViolation.incomplete("window");
    }
    apply(content);
    touch(now);
  }

  private void apply(SceneContent c) {
    this.type = c.type();
    this.title = c.title();
    this.description = c.description();
    this.department = c.department();
    this.subcatalogues = new TreeSet<>(c.subcatalogues());
    this.deviceClasses =
        c.deviceClasses().isEmpty()
            ? EnumSet.noneOf(DeviceClass.class)
            : EnumSet.copyOf(c.deviceClasses());
    this.trlMin = c.trlMin();
    this.trlMax = c.trlMax();
    this.certificateRequired = c.certificateRequired();
    this.capacity = c.capacity();
    this.opensAt = c.opensAt();
    this.closesAt = c.closesAt();
    this.ethics = c.ethics();
    this.inclusion = c.inclusion();
    this.exclusion = c.exclusion();
    this.contacts = new ArrayList<>(c.contacts());
  }

  /** Makes the scene visible to every signed-in user; it needs an application window first. */
  public void publish(OffsetDateTime now) {
    movePublication(Publication.ACTIVE);
    if (opensAt == null) {
      throw SceneRuleViolation.incomplete("window");
    }
    this.publication = Publication.ACTIVE;
    this.publishedAt = now;
    touch(now);
  }

  /** Withdraws the scene from the catalogue for good; it stays on record with the reason. */
  public void retire(String reason, OffsetDateTime now) {
    movePublication(Publication.RETIRED);
    this.retiredReason = checkedReason(reason, true, null);
    this.publication = Publication.RETIRED;
    this.retiredAt = now;
    touch(now);
  }

  private void movePublication(Publication target) {
    if (!publication.canMoveTo(target)) {
      throw SceneConflict.publication(publication, target);
    }
  }

  /**
   * Records that {@code target} was reached on {@code date} at one site, or at every site when
   * {@code sitePublicId} is null (sites already there are left alone). A pending plan for the same
   * status is completed rather than duplicated. Stops need a reason.
   */
  public void changeProgress(
      UUID sitePublicId,
      Progress target,
      LocalDate date,
      String reason,
      String by,
      OffsetDateTime now) {
    requireEditable();
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(date, "date");
    String why = checkedReason(reason, target.isStop(), target);
    List<SceneSite> targets = sitesFor(sitePublicId);
    List<SceneSite> moving = new ArrayList<>();
    for (SceneSite site : targets) {
      if (site.progress() == target && sitePublicId == null && targets.size() > 1) {
        continue;
      }
      if (!site.progress().canMoveTo(target)) {
        throw SceneConflict.progress(site.name().en(), site.progress(), target);
      }
      moving.add(site);
    }
    if (moving.isEmpty()) {
      SceneSite first = targets.get(0);
      throw SceneConflict.progress(first.name().en(), first.progress(), target);
    }
    for (SceneSite site : moving) {
      Optional<ProgressEntry> plan = pendingPlan(site, target);
      if (plan.isPresent()) {
        plan.get().realise(date, why, by, now);
      } else {
        history.add(ProgressEntry.actual(this, site, target, date, why, by, now));
      }
      site.moveTo(target);
    }
    this.progress = Progress.of(sites.stream().map(SceneSite::progress).toList());
    touch(now);
  }

  /**
   * Plans {@code target} for {@code date} at one site, or at every site that can still take the
   * plan when {@code sitePublicId} is null. Planning the same status again moves the date. A site
   * that has finished, or is already there, takes no plan.
   */
  public void plan(
      UUID sitePublicId, Progress target, LocalDate date, String by, OffsetDateTime now) {
    requireEditable();
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(date, "date");
    List<SceneSite> targets = sitesFor(sitePublicId);
    List<SceneSite> planning =
        targets.stream().filter(s -> !s.progress().isFinal() && s.progress() != target).toList();
    if (planning.isEmpty() || (sitePublicId != null && planning.size() != targets.size())) {
      SceneSite first = targets.get(0);
      throw SceneConflict.progress(first.name().en(), first.progress(), target);
    }
    for (SceneSite site : planning) {
      Optional<ProgressEntry> plan = pendingPlan(site, target);
      if (plan.isPresent()) {
        plan.get().replan(date, by, now);
      } else {
        history.add(ProgressEntry.planned(this, site, target, date, by, now));
      }
    }
    touch(now);
  }

  /** Adds a site; it starts in review, since it needs its own approval. */
  public SceneSite addSite(
      BilingualText name, String location, LocalDate since, String by, OffsetDateTime now) {
    requireEditable();
    SceneSite site = new SceneSite(this, name, location, Progress.IN_REVIEW, sites.size());
    sites.add(site);
    history.add(ProgressEntry.actual(this, site, Progress.IN_REVIEW, since, null, by, now));
    this.progress = Progress.of(sites.stream().map(SceneSite::progress).toList());
    touch(now);
    return site;
  }

  private Optional<ProgressEntry> pendingPlan(SceneSite site, Progress target) {
    return history.stream()
        .filter(e -> e.site() == site && e.status() == target && e.pending())
        .findFirst();
  }

  private List<SceneSite> sitesFor(UUID sitePublicId) {
    if (sitePublicId == null) {
      return sites;
    }
    return sites.stream()
        .filter(s -> s.publicId().equals(sitePublicId))
        .findFirst()
        .map(List::of)
        .orElseThrow(() -> SceneRuleViolation.unknownSite(sitePublicId));
  }

  private static String checkedReason(String reason, boolean required, Progress stop) {
    String r = reason == null ? null : reason.strip();
    if (r != null && r.isEmpty()) {
      r = null;
    }
    if (r == null && required) {
      throw stop == null
          ? SceneRuleViolation.incomplete("reason")
          : SceneRuleViolation.stopNeedsReason(stop);
    }
    if (r != null && r.length() > Progress.MAX_REASON_LENGTH) {
      throw SceneRuleViolation.reasonTooLong(r.length());
    }
    return r;
  }

  private void requireEditable() {
    if (!publication.editable()) {
      throw SceneConflict.retired();
    }
  }

  private void touch(OffsetDateTime now) {
    this.updatedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The content as a value, e.g. to revise a few fields of it. */
  public SceneContent content() {
    return new SceneContent(
        type,
        title,
        description,
        department,
        subcatalogues,
        deviceClasses,
        trlMin,
        trlMax,
        certificateRequired,
        capacity,
        opensAt,
        closesAt,
        ethics,
        inclusion,
        exclusion,
        contacts);
  }

  /** Whether applications are accepted at {@code now}: window open, published, not finished. */
  public boolean windowOpenAt(OffsetDateTime now) {
    // A scene whose every site has completed, terminated or withdrawn takes no one, window or not.
    return publication == Publication.ACTIVE && !progress.finished() && content().windowOpenAt(now);
  }

  /** Whether the scene's own hospital is {@code organisationRef}. */
  public boolean belongsTo(long organisationRef) {
    return hospital.id() != null && hospital.id() == organisationRef;
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public Organisation hospital() {
    return hospital;
  }

  public SceneType type() {
    return type;
  }

  public BilingualText title() {
    return title;
  }

  public BilingualText description() {
    return description;
  }

  public BilingualText department() {
    return department;
  }

  public Set<String> subcatalogues() {
    return Collections.unmodifiableSet(subcatalogues);
  }

  public Set<DeviceClass> deviceClasses() {
    return Collections.unmodifiableSet(deviceClasses);
  }

  public int trlMin() {
    return trlMin;
  }

  public int trlMax() {
    return trlMax;
  }

  public boolean certificateRequired() {
    return certificateRequired;
  }

  public int capacity() {
    return capacity;
  }

  public int acceptedCount() {
    return acceptedCount;
  }

  public OffsetDateTime opensAt() {
    return opensAt;
  }

  public OffsetDateTime closesAt() {
    return closesAt;
  }

  public BilingualText ethics() {
    return ethics;
  }

  public BilingualText inclusion() {
    return inclusion;
  }

  public BilingualText exclusion() {
    return exclusion;
  }

  public List<SceneContact> contacts() {
    return Collections.unmodifiableList(contacts);
  }

  public List<SceneSite> sites() {
    return Collections.unmodifiableList(sites);
  }

  public List<ProgressEntry> history() {
    return Collections.unmodifiableList(history);
  }

  public Publication publication() {
    return publication;
  }

  public Progress progress() {
    return progress;
  }

  public String sourceRegistry() {
    return sourceRegistry;
  }

  public String sourceId() {
    return sourceId;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }

  public OffsetDateTime retiredAt() {
    return retiredAt;
  }

  public String retiredReason() {
    return retiredReason;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  /** A site as asked for on creation; {@code initial} null means the scene's starting status. */
  public record SiteSpec(BilingualText name, String location, Progress initial) {
    public SiteSpec {
      Objects.requireNonNull(name, "name");
    }
  }
}
