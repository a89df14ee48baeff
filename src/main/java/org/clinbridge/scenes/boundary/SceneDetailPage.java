package org.clinbridge.scenes.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.pages.Language;
import org.clinbridge.platform.pages.PageMessages;
import org.clinbridge.platform.pages.Pages;
import org.clinbridge.platform.pages.UiTexts;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violations;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.scenes.control.ResearchStudies;
import org.clinbridge.scenes.entity.Progress;
import org.clinbridge.scenes.entity.Publication;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One scene (app/scene.xhtml?id=): everything about it in the session's language, its sites with
 * their dated progress, and for the staff of its hospital the actions publish, retire, change a
 * site's progress and add a site. Every action runs the same use case as the API, so the same rules
 * and problems (shown in the session's language) apply. The scene is exposed as {@code
 * #{sceneDetail.scene}} and its id as {@code #{sceneDetail.id}} for the applications includes.
 */
@Named("sceneDetail")
@ViewScoped
public class SceneDetailPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ScenesResource scenes;
  @Inject ResearchStudyResource studies;
  @Inject Caller caller;
  @Inject PageMessages messages;
  @Inject UiTexts texts;
  @Inject Language language;
  @Inject DistrictClock clock;

  private String id;
  private transient SceneView scene;

  private String progressSite;
  private String progressStatus;
  private LocalDate progressDate;
  private boolean progressPlanned;
  private String progressReason;

  private String retireReason;

  private String siteNameZh;
  private String siteNameEn;
  private String siteLocation;

  /** One site and its progress lines, oldest first. */
  public record SiteHistory(SceneView.Site site, List<SceneView.HistoryLine> lines) {
    /** The scene's sites in their order, each with its own lines of the history. */
    static List<SiteHistory> of(SceneView scene) {
      return scene.sites().stream()
          .map(
              s ->
                  new SiteHistory(
                      s, scene.history().stream().filter(l -> s.id().equals(l.site())).toList()))
          .toList();
    }
  }

  /**
   * Runs before the page renders: a scene the caller may not see (another hospital's draft, a bad
   * id) answers 404, as the API does.
   */
  public void load() {
    if (!Pages.require(caller.signedIn() && !caller.roles().isEmpty())) {
      return;
    }
    try {
      getScene();
    } catch (ProblemException e) {
      Pages.fail(e);
    }
  }

  public SceneView getScene() {
    if (scene == null) {
      if (id == null || id.isBlank()) {
        throw ProblemException.notFound(ScenesResource.ENTITY, String.valueOf(id));
      }
      scene = scenes.read(id.strip());
    }
    return scene;
  }

  /** Staff of the scene's own hospital: they run it. */
  public boolean isOwner() {
    return caller.has(Role.HOSPITAL_STAFF)
        && getScene().hospital().id().equals(caller.organisationId());
  }

  /** Content, progress and sites change until the scene is retired. */
  public boolean isChangeable() {
    return isOwner() && getScene().publication().editable();
  }

  public boolean isPublishable() {
    return isOwner() && getScene().publication().canMoveTo(Publication.ACTIVE);
  }

  public boolean isRetirable() {
    return isOwner() && getScene().publication().canMoveTo(Publication.RETIRED);
  }

  public List<SiteHistory> getSiteHistories() {
    return SiteHistory.of(getScene());
  }

  /** A site's name in the session's language, for the history lines. */
  public String siteName(UUID site) {
    return getScene().sites().stream()
        .filter(s -> s.id().equals(site))
        .findFirst()
        .map(s -> language.isChinese() ? s.name().zh() : s.name().en())
        .orElse("");
  }

  /** The first day of the application window in the district's zone. */
  public LocalDate getFirstDay() {
    var w = getScene().window();
    return w == null ? null : WindowDays.firstDay(w.opensAt(), clock.zone());
  }

  /** The last day the window takes applications, in the district's zone. */
  public LocalDate getLastDay() {
    var w = getScene().window();
    return w == null ? null : WindowDays.lastDay(w.closesAt(), clock.zone());
  }

  public String getZone() {
    return clock.zone().getId();
  }

  public String publish() {
    if (!Pages.require(isOwner())) {
      return null;
    }
    try {
      scenes.publish(id);
    } catch (ProblemException e) {
      return messages.show("actions", e);
    }
    messages.info(texts.text("scene.published"));
    return again();
  }

  public void prepareRetire() {
    retireReason = null;
  }

  public String retire() {
    if (!Pages.require(isOwner())) {
      return null;
    }
    try {
      scenes.retire(id, Violations.valid(new ReasonForm(retireReason)));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("retire", e);
    }
    messages.info(texts.text("scene.retired"));
    return again();
  }

  /** Opens the progress dialog on a site, at the first status it may move to, dated today. */
  public void prepareProgress(String siteId) {
    progressSite = siteId;
    progressPlanned = false;
    progressReason = null;
    progressDate = clock.today();
    List<String> options = getProgressOptions();
    progressStatus = options.isEmpty() ? null : options.get(0);
  }

  /** The statuses the dialog's site may move to (or plan), in the order of the lifecycle. */
  public List<String> getProgressOptions() {
    return getScene().sites().stream()
        .filter(s -> s.id().toString().equals(progressSite))
        .findFirst()
        .map(s -> nextStatuses(s.progress()))
        .orElse(List.of());
  }

  static List<String> nextStatuses(Progress current) {
    return Arrays.stream(Progress.values()).filter(current::canMoveTo).map(Enum::name).toList();
  }

  public String getProgressSiteName() {
    return progressSite == null ? "" : siteName(UUID.fromString(progressSite));
  }

  /** Whether the status chosen in the dialog is a stop, which needs a reason. */
  public boolean isStopChosen() {
    return progressStatus != null && Progress.valueOf(progressStatus).isStop();
  }

  public String saveProgress() {
    if (!Pages.require(isOwner())) {
      return null;
    }
    try {
      scenes.progress(
          id,
          Violations.valid(
              new ProgressForm(
                  progressSite == null ? null : UUID.fromString(progressSite),
                  progressStatus == null ? null : Progress.valueOf(progressStatus),
                  progressDate,
                  progressPlanned,
                  blankToNull(progressReason))));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("progress", e);
    }
    String status = "progress." + progressStatus;
    messages.info(
        texts.text(
            progressPlanned ? "scene.progress-planned" : "scene.progress-saved",
            getProgressSiteName(),
            texts.text(status)));
    return again();
  }

  public void prepareSite() {
    siteNameZh = null;
    siteNameEn = null;
    siteLocation = null;
  }

  public String addSite() {
    if (!Pages.require(isOwner())) {
      return null;
    }
    try {
      scenes.addSite(
          id,
          Violations.valid(
              new SceneForm.SiteForm(
                  new Bilingual(blankToNull(siteNameZh), blankToNull(siteNameEn)),
                  blankToNull(siteLocation))));
    } catch (ConstraintViolationException | ProblemException e) {
      return messages.show("site", e);
    }
    messages.info(texts.text("scene.site-added", language.isChinese() ? siteNameZh : siteNameEn));
    return again();
  }

  /** The scene as a FHIR R4 ResearchStudy, as {@code GET /api/fhir/ResearchStudy/{id}} answers. */
  public StreamedContent getFhir() {
    byte[] json = studies.json(id).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("ResearchStudy-" + id + ".json")
        .contentType(ResearchStudies.MEDIA_TYPE)
        .contentLength((long) json.length)
        .stream(() -> new ByteArrayInputStream(json))
        .build();
  }

  private String again() {
    return "/app/scene?faces-redirect=true&id=" + id;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getId() {
    return id;
  }

  /**
   * The scene a part of the scene page belongs to (the apply dialog, the hospital's applications):
   * the scene page's own id, else the {@code id} request parameter of a postback.
   */
  static String idOnThisPage() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String id =
        faces.getApplication().evaluateExpressionGet(faces, "#{sceneDetail.id}", String.class);
    if (id == null || id.isBlank()) {
      id = faces.getExternalContext().getRequestParameterMap().get("id");
    }
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getProgressSite() {
    return progressSite;
  }

  public String getProgressStatus() {
    return progressStatus;
  }

  public void setProgressStatus(String progressStatus) {
    this.progressStatus = progressStatus;
  }

  public LocalDate getProgressDate() {
    return progressDate;
  }

  public void setProgressDate(LocalDate progressDate) {
    this.progressDate = progressDate;
  }

  public boolean isProgressPlanned() {
    return progressPlanned;
  }

  public void setProgressPlanned(boolean progressPlanned) {
    this.progressPlanned = progressPlanned;
  }

  public String getProgressReason() {
    return progressReason;
  }

  public void setProgressReason(String progressReason) {
    this.progressReason = progressReason;
  }

  public String getRetireReason() {
    return retireReason;
  }

  public void setRetireReason(String retireReason) {
    this.retireReason = retireReason;
  }

  public String getSiteNameZh() {
    return siteNameZh;
  }

  public void setSiteNameZh(String siteNameZh) {
    this.siteNameZh = siteNameZh;
  }

  public String getSiteNameEn() {
    return siteNameEn;
  }

  public void setSiteNameEn(String siteNameEn) {
    this.siteNameEn = siteNameEn;
  }

  public String getSiteLocation() {
    return siteLocation;
  }

  public void setSiteLocation(String siteLocation) {
    this.siteLocation = siteLocation;
  }
}
