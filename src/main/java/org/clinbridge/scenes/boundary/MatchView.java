package org.clinbridge.scenes.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.scenes.control.SceneFit;
import org.clinbridge.scenes.entity.Application;
import org.clinbridge.scenes.entity.ApplicationStatus;
import org.clinbridge.scenes.entity.Scene;
import org.clinbridge.scenes.entity.SceneType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recommendation: a scene for a project or a project for a scene, with the reasons. */
@Schema(name = "Match")
public record MatchView(
    SceneRef scene,
    ProjectRef project,
    @Schema(description = "Every rule met: the project may apply") boolean eligible,
    int score,
    @Schema(description = "Why it fits") List<ReasonView> matched,
    @Schema(description = "What is missing, e.g. TRL 4 below the scene's minimum 5")
        List<ReasonView> missing,
    @Schema(
            description =
                "The project's live application to the scene, when it has applied already (a"
                    + " scene's match for a project only)")
        AppliedRef application) {

  /** An application the project already has on the scene, and where it stands. */
  public record AppliedRef(UUID id, ApplicationStatus status) {}

  public record SceneRef(
      UUID id, SceneType type, Bilingual title, Bilingual hospital, OffsetDateTime closesAt) {}

  public record ProjectRef(
      UUID id,
      String code,
      Bilingual title,
      Bilingual owner,
      String subcatalogue,
      String expectedClass,
      int trl,
      String stage) {}

  public record ReasonView(String code, String message) {}

  static MatchView ofScene(Scene s, SceneFit.Fit fit, Application applied, Messages ui) {
    return new MatchView(
        new SceneRef(
            s.publicId(), s.type(), s.title().view(), s.hospital().name().view(), s.closesAt()),
        null,
        fit.eligible(),
        fit.score(),
        reasons(fit.matched(), ui),
        reasons(fit.missing(), ui),
        applied == null ? null : new AppliedRef(applied.publicId(), applied.status()));
  }

  static MatchView ofProject(Project p, SceneFit.Fit fit, Messages ui) {
    return new MatchView(
        null,
        new ProjectRef(
            p.publicId(),
            p.code(),
            p.title().view(),
            p.owner().name().view(),
            p.subcatalogueCode(),
            p.expectedClass() == null ? null : p.expectedClass().name(),
            p.trl(),
            p.stage().name()),
        fit.eligible(),
        fit.score(),
        reasons(fit.matched(), ui),
        reasons(fit.missing(), ui),
        null);
  }

  private static List<ReasonView> reasons(List<SceneFit.Reason> reasons, Messages ui) {
    return reasons.stream()
        .map(r -> new ReasonView(r.code(), ui.text("scene-fit." + r.code(), r.args().toArray())))
        .toList();
  }
}
