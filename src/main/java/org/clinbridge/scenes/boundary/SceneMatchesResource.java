package org.clinbridge.scenes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.scenes.control.Applications;
import org.clinbridge.scenes.control.SceneMatcher;
import org.clinbridge.scenes.entity.Application;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Scenes recommended for a project, best fit first, each with why and what is missing. */
@Boundary
@Path("scenes/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scenes")
public class SceneMatchesResource {
  static final int DEFAULT_LIMIT = 20;

  @Inject DistrictClock clock;
  @Inject ProjectAccess projects;
  @Inject SceneMatcher matcher;
  @Inject Applications applications;

  @GET
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "listProjectSceneMatches",
      summary = "Scenes that fit one of my projects, ranked, with reasons",
      description =
          "Active scenes whose window has not closed and that the project meets in every rule"
              + " but at most one; each says why it fits and what is missing.")
  @APIResponse(
      responseCode = "200",
      description = "One page of scenes matching the project",
      content = @Content(schema = @Schema(ref = "Match")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<MatchView> forProject(
      @Parameter(description = "The project", required = true) @QueryParam("project")
          String project,
      @Parameter(description = "How many, 1-100 (default 20)") @QueryParam("limit") Integer limit,
      @Context HttpHeaders headers) {
    return forProject(project, limit, AcceptLanguage.of(headers));
  }

  /** The same, with the reasons in {@code language}: for the pages, which have no HTTP headers. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public Page<MatchView> forProject(String project, Integer limit, Locale language) {
    if (project == null || project.isBlank()) {
      throw ProblemException.invalidField("project", "scene.param.required");
    }
    UUID id;
    try {
      id = UUID.fromString(project.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("project", "scene.param.uuid");
    }
    int n = limit(limit);
    Project p = projects.visible(id);
    Messages ui = Messages.ui(language);
    // A scene the project already applied to says so, rather than "may apply".
    Map<UUID, Application> applied = applications.liveByScene(p);
    return new Page<>(
        matcher.scenesFor(p, n, clock.now()).stream()
            .map(m -> MatchView.ofScene(m.item(), m.fit(), applied.get(m.item().publicId()), ui))
            .toList(),
        null);
  }

  static int limit(Integer limit) {
    int n = limit == null ? DEFAULT_LIMIT : limit;
    if (n < 1 || n > 100) {
      throw ProblemException.invalidField("limit", "paging.limit.range", 1, 100);
    }
    return n;
  }
}
