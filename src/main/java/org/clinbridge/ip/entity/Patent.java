package org.clinbridge.ip.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.entity.Project;

/**
 * A patent or patent application, kept by the organisation that recorded it and linked to the
 * projects whose technology it protects. Its dates and status follow the patent office's record.
 */
@Entity
@Table(name = "patent")
public class Patent {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patent_seq")
  @SequenceGenerator(name = "patent_seq", sequenceName = "patent_seq", allocationSize = 50)
  private Long id;

  @Column(name = "public_id", nullable = false, unique = true, updatable = false)
  private UUID publicId;

  /** The application or patent number as the office writes it, e.g. CN202310123456.7. */
  @Column(nullable = false, unique = true, length = 40)
  private String number;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh")),
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  })
  private BilingualText title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PatentKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PatentStatus status;

  @Column(name = "filed_on", nullable = false)
  private LocalDate filedOn;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "granted_on")
  private LocalDate grantedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(nullable = false, length = 200)
  private String holder;

  /** A search report of the patent office's search centre confirms novelty and inventiveness. */
  @Column(name = "search_report", nullable = false)
  private boolean searchReport;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false, updatable = false)
  private Organisation owner;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "project_patent",
      joinColumns = @JoinColumn(name = "patent_id"),
      inverseJoinColumns = @JoinColumn(name = "project_id"))
  private Set<Project> projects = new HashSet<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected Patent() {}

  public Patent(
      String number,
      BilingualText title,
      PatentKind kind,
      LocalDate filedOn,
      String holder,
      Organisation owner,
      OffsetDateTime at,
      LocalDate today) {
    if (number == null || !number.trim().matches("[A-Za-z]{2}[0-9A-Za-z.]{4,36}")) {
      throw ProblemException.invalidField("number", "patent.number.format");
    }
    if (holder == null || holder.isBlank()) {
      throw ProblemException.invalidField("holder", "field.required");
    }
    if (filedOn.isAfter(today)) {
      throw ProblemException.invalidField("filedOn", "date.future");
    }
    this.publicId = UUID.randomUUID();
    this.number = number.trim().toUpperCase(Locale.ROOT);
    this.title = Objects.requireNonNull(title, "title");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.filedOn = filedOn;
    this.holder = holder.trim();
    this.owner = Objects.requireNonNull(owner, "owner");
    this.status = PatentStatus.FILED;
    this.createdAt = at;
  }

  public Long id() {
    return id;
  }

  public UUID publicId() {
    return publicId;
  }

  public String number() {
    return number;
  }

  public BilingualText title() {
    return title;
  }

  public PatentKind kind() {
    return kind;
  }

  public PatentStatus status() {
    return status;
  }

  public LocalDate filedOn() {
    return filedOn;
  }

  public LocalDate publishedOn() {
    return publishedOn;
  }

  public LocalDate grantedOn() {
    return grantedOn;
  }

  public LocalDate endedOn() {
    return endedOn;
  }

  public String holder() {
    return holder;
  }

  public boolean searchReport() {
    return searchReport;
  }

  public Organisation owner() {
    return owner;
  }

  public Set<Project> projects() {
    return Set.copyOf(projects);
  }

  public long version() {
    return version;
  }

  /** The fields an audit entry records, without empty ones. */
  public java.util.Map<String, Object> snapshot() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("number", number);
    m.put("kind", kind.name());
    m.put("status", status.name());
    m.put("title.zh", title.zh());
    m.put("title.en", title.en());
    m.put("holder", holder);
    m.put("filedOn", filedOn.toString());
    if (publishedOn != null) {
      m.put("publishedOn", publishedOn.toString());
    }
    if (grantedOn != null) {
      m.put("grantedOn", grantedOn.toString());
    }
    if (endedOn != null) {
      m.put("endedOn", endedOn.toString());
    }
    m.put("searchReport", searchReport);
    m.put(
        "projects",
        String.join(",", projects.stream().map(p -> p.publicId().toString()).sorted().toList()));
    return m;
  }

  /** A Chinese patent: CN application/publication numbers or ZL patent numbers. */
  public boolean chinese() {
    return number.startsWith("CN") || number.startsWith("ZL");
  }

  public void linkTo(Project project) {
    projects.add(project);
  }

  public void unlinkFrom(Project project) {
    projects.removeIf(p -> p.publicId().equals(project.publicId()));
  }

  public void publish(LocalDate on, boolean searchReportConfirmsNovelty) {
    requireMove(PatentStatus.PUBLISHED);
    requireNotBeforeFiling("publishedOn", on);
    this.status = PatentStatus.PUBLISHED;
    this.publishedOn = on;
    this.searchReport = searchReportConfirmsNovelty;
  }

  /** The search centre's report can come after publication. */
  public void recordSearchReport() {
    this.searchReport = true;
  }

  public void grant(LocalDate on) {
    requireMove(PatentStatus.GRANTED);
    requireNotBeforeFiling("grantedOn", on);
    if (publishedOn != null && on.isBefore(publishedOn)) {
      throw ProblemException.invalidField("grantedOn", "patent.date.before-publication");
    }
    this.status = PatentStatus.GRANTED;
    this.grantedOn = on;
  }

  /** Ends the patent's life: rejected, withdrawn, or lapsed (after grant). */
  public void end(PatentStatus how, LocalDate on) {
    if (how != PatentStatus.REJECTED
        && how != PatentStatus.WITHDRAWN
        && how != PatentStatus.LAPSED) {
      throw new PatentRefused(kind, status, how);
    }
    requireMove(how);
    requireNotBeforeFiling("endedOn", on);
    this.status = how;
    this.endedOn = on;
  }

  private void requireMove(PatentStatus to) {
    if (!status.canChangeTo(to, kind)) {
      throw new PatentRefused(kind, status, to);
    }
  }

  private void requireNotBeforeFiling(String field, LocalDate on) {
    Objects.requireNonNull(on, field);
    if (on.isBefore(filedOn)) {
      throw ProblemException.invalidField(field, "patent.date.before-filing");
    }
  }
}
