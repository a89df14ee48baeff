package org.clinbridge.scenes.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.reference.entity.DeviceClass;
import org.clinbridge.scenes.entity.Progress;
import org.clinbridge.scenes.entity.ProgressEntry;
import org.clinbridge.scenes.entity.Publication;
import org.clinbridge.scenes.entity.Scene;
import org.clinbridge.scenes.entity.SceneContact;
import org.clinbridge.scenes.entity.SceneSite;
import org.clinbridge.scenes.entity.SceneType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scene as its hospital and the catalogue see it, with its sites and progress history. */
@Schema(name = "Scene")
public record SceneView(
    UUID id,
    HospitalRef hospital,
    SceneType type,
    Bilingual title,
    LongText description,
    Bilingual department,
    Accepts accepts,
    int capacity,
    int accepted,
    Window window,
    LongText ethics,
    LongText inclusion,
    LongText exclusion,
    List<Contact> contacts,
    List<Site> sites,
    Publication publication,
    Progress progress,
    List<HistoryLine> history,
    Source source,
    OffsetDateTime publishedAt,
    OffsetDateTime retiredAt,
    String retiredReason,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  public record HospitalRef(UUID id, Bilingual name) {}

  public record Accepts(
      Set<String> subcatalogues,
      Set<DeviceClass> deviceClasses,
      int trlMin,
      int trlMax,
      boolean certificateRequired) {}

  public record Window(OffsetDateTime opensAt, OffsetDateTime closesAt, boolean open) {}

  public record Contact(String name, String role, String email, String phone) {}

  public record Site(UUID id, Bilingual name, String location, Progress progress) {}

  @Schema(description = "A line of a site's progress: a plan (planned date only) or a fact")
  public record HistoryLine(
      UUID site,
      Progress status,
      LocalDate plannedDate,
      LocalDate actualDate,
      String reason,
      OffsetDateTime recordedAt,
      String recordedBy) {}

  public record Source(String registry, String id) {}

  /** The scene as read at {@code now} (whether its window is open depends on it). */
  static SceneView of(Scene s, OffsetDateTime now) {
    return new SceneView(
        s.publicId(),
        new HospitalRef(s.hospital().publicId(), s.hospital().name().view()),
        s.type(),
        s.title().view(),
        LongText.of(s.description()),
        s.department() == null ? null : s.department().view(),
        new Accepts(
            s.subcatalogues(), s.deviceClasses(), s.trlMin(), s.trlMax(), s.certificateRequired()),
        s.capacity(),
        s.acceptedCount(),
        s.opensAt() == null ? null : new Window(s.opensAt(), s.closesAt(), s.windowOpenAt(now)),
        LongText.of(s.ethics()),
        LongText.of(s.inclusion()),
        LongText.of(s.exclusion()),
        s.contacts().stream().map(SceneView::contact).toList(),
        s.sites().stream().map(SceneView::site).toList(),
        s.publication(),
        s.progress(),
        s.history().stream()
            .sorted(Comparator.comparing(SceneView::day).thenComparing(ProgressEntry::recordedAt))
            .map(SceneView::line)
            .toList(),
        s.sourceId() == null ? null : new Source(s.sourceRegistry(), s.sourceId()),
        s.publishedAt(),
        s.retiredAt(),
        s.retiredReason(),
        s.createdAt(),
        s.updatedAt(),
        s.version());
  }

  private static LocalDate day(ProgressEntry e) {
    return e.actualDate() != null ? e.actualDate() : e.plannedDate();
  }

  private static Contact contact(SceneContact c) {
    return new Contact(c.name(), c.role(), c.email(), c.phone());
  }

  static Site site(SceneSite s) {
    return new Site(s.publicId(), s.name().view(), s.location(), s.progress());
  }

  private static HistoryLine line(ProgressEntry e) {
    return new HistoryLine(
        e.site().publicId(),
        e.status(),
        e.plannedDate(),
        e.actualDate(),
        e.reason(),
        e.recordedAt(),
        e.recordedBy());
  }
}
