package org.clinbridge.scenes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.platform.web.QueryParams;
import org.clinbridge.reference.control.Subcatalogues;
import org.clinbridge.reference.entity.DeviceClass;
import org.clinbridge.scenes.control.SceneMatcher;
import org.clinbridge.scenes.control.Scenes;
import org.clinbridge.scenes.entity.Progress;
import org.clinbridge.scenes.entity.Publication;
import org.clinbridge.scenes.entity.Scene;
import org.clinbridge.scenes.entity.SceneContent;
import org.clinbridge.scenes.entity.SceneType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Scene openings: hospitals create and run them, every signed-in user browses the active ones.
 * Drafts and retired scenes of another hospital answer 404, as if they did not exist.
 */
@Boundary
@Path("scenes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scenes", description = "Hospital clinical-trial and application scene openings")
public class ScenesResource {
  static final String ENTITY = "scene";

  @Inject DistrictClock clock;
  @Inject Caller caller;
  @Inject Scenes scenes;
  @Inject Subcatalogues subcatalogues;
  @Inject SceneMatcher matcher;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @SignedIn
  @Operation(
      operationId = "listScenes",
      summary = "The scene catalogue: active scenes, newest first, with filters",
      description =
          "Drafts and retired scenes are listed only for the caller's own hospital"
              + " (publication=DRAFT or RETIRED, or mine=true).")
  @APIResponse(
      responseCode = "200",
      description = "One page of scenes",
      content = @Content(schema = @Schema(ref = "Scene")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<SceneView> list(
      @Parameter(description = "DRAFT, ACTIVE (default) or RETIRED") @QueryParam("publication")
          String publication,
      @Parameter(description = "Only my hospital's scenes") @QueryParam("mine") Boolean mine,
      @Parameter(description = "Scene type") @QueryParam("type") String type,
      @Parameter(description = "Clinical department (part of its name)") @QueryParam("department")
          String department,
      @Parameter(description = "Accepts this NMPA sub-catalogue code") @QueryParam("subcatalogue")
          String subcatalogue,
      @Parameter(description = "Accepts this device class (I, II, III)") @QueryParam("deviceClass")
          String deviceClass,
      @Parameter(description = "TRL range contains this level (1-9)") @QueryParam("trl")
          Integer trl,
      @Parameter(description = "Only scenes whose application window is open now")
          @QueryParam("open")
          Boolean open,
      @Parameter(description = "The hospital's id") @QueryParam("hospital") String hospital,
      @Parameter(description = "Free text in the title or description, Chinese or English")
          @QueryParam("q")
          String q,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    if (trl != null && (trl < 1 || trl > 9)) {
      throw ProblemException.invalidField("trl", "scene.trl.range");
    }
    if (subcatalogue != null && !subcatalogue.matches("\\d{2}")) {
      throw ProblemException.invalidField(
          "subcatalogue", "scene.subcatalogue.unknown", subcatalogue);
    }
    if (q != null && q.strip().length() > 100) {
      throw ProblemException.invalidField("q", "scene.q.length", 100);
    }
    Scenes.Filter filter =
        new Scenes.Filter(
            enumParam("publication", publication, Publication.class),
            ownOrganisation(),
            caller.isDistrictAdmin(),
            Boolean.TRUE.equals(mine),
            enumParam("type", type, SceneType.class),
            blankToNull(department),
            subcatalogue,
            enumParam("deviceClass", deviceClass, DeviceClass.class),
            trl,
            Boolean.TRUE.equals(open) ? clock.now() : null,
            QueryParams.uuid("hospital", hospital),
            blankToNull(q));
    OffsetDateTime now = clock.now();
    return Page.of(
        scenes.page(filter, page), page.limit(), s -> SceneView.of(s, now), Scenes::cursorOf);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(operationId = "createScene", summary = "Open a new scene as a draft of my hospital")
  @APIResponse(
      responseCode = "201",
      description = "The new draft scene",
      content = @Content(schema = @Schema(ref = "Scene")))
  public Response create(@NotNull @Valid SceneForm form, @Context UriInfo uri) {
    SceneView scene = open(form);
    return ETags.created(
        uri.getAbsolutePathBuilder().path(scene.id().toString()).build(), scene, scene.version());
  }

  /**
   * Opens a draft of the caller's hospital from a validated form: the use case behind {@code POST},
   * also run by the scene editor page.
   */
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  public SceneView open(SceneForm form) {
    Organisation hospital = em.find(Organisation.class, caller.organisationRef());
    List<Scene.SiteSpec> sites =
        form.sites() == null
            ? List.of()
            : form.sites().stream()
                .map(s -> new Scene.SiteSpec(BilingualText.of(s.name()), s.location(), null))
                .toList();
    Scene scene =
        new Scene(
            hospital,
            content(form),
            sites,
            Progress.IN_REVIEW,
            clock.today(),
            caller.username(),
            clock.now());
    em.persist(scene);
    em.flush();
    changed.fire(
        new Changed(
            ENTITY,
            scene.publicId().toString(),
            "created",
            Map.of(),
            snapshot(scene),
            null,
            hospital.id()));
    return SceneView.of(scene, clock.now());
  }

  @GET
  @Path("{id}")
  @SignedIn
  @Operation(
      operationId = "getScene",
      summary = "One scene: active ones for everyone, others for their hospital")
  @APIResponse(
      responseCode = "200",
      description = "The scene",
      content = @Content(schema = @Schema(ref = "Scene")))
  public Response get(@PathParam("id") String id) {
    return ok(read(id));
  }

  /** One scene as its reader sees it: the API's read and the scene pages'. */
  @SignedIn
  public SceneView read(String id) {
    return SceneView.of(visible(id), clock.now());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(
      operationId = "updateScene",
      summary = "Revise a scene of my hospital (If-Match required; sites are not changed)")
  @APIResponse(
      responseCode = "200",
      description = "The revised scene",
      content = @Content(schema = @Schema(ref = "Scene")))
  public Response update(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid SceneForm form) {
    Scene scene = own(id);
    ETags.requireMatch(ifMatch, scene.version());
    return ok(revised(scene, form));
  }

  /**
   * The scene page's revision: against the version the page showed, the same 412 as a stale
   * If-Match.
   */
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  public SceneView revise(String id, long version, SceneForm form) {
    Scene scene = own(id);
    ETags.requireVersion(version, scene.version());
    return revised(scene, form);
  }

  private SceneView revised(Scene scene, SceneForm form) {
    Map<String, Object> before = snapshot(scene);
    scene.revise(content(form), clock.now());
    return changed(scene, "updated", before, null);
  }

  @POST
  @Path("{id}/publish")
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(
      operationId = "publishScene",
      summary = "Publish a draft: every signed-in user can then see it")
  @APIResponse(
      responseCode = "200",
      description = "The published scene",
      content = @Content(schema = @Schema(ref = "Scene")))
  public Response publish(@PathParam("id") String id) {
    Scene scene = own(id);
    Map<String, Object> before = snapshot(scene);
    scene.publish(clock.now());
    return changedResponse(scene, "published", before, null);
  }

  @POST
  @Path("{id}/retire")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(
      operationId = "retireScene",
      summary = "Retire a scene for good, with a reason; it stays on record")
  @APIResponse(
      responseCode = "200",
      description = "The retired scene",
      content = @Content(schema = @Schema(ref = "Scene")))
  public Response retire(@PathParam("id") String id, @NotNull @Valid ReasonForm form) {
    Scene scene = own(id);
    Map<String, Object> before = snapshot(scene);
    scene.retire(form.reason(), clock.now());
    return changedResponse(scene, "retired", before, form.reason());
  }

  @POST
  @Path("{id}/progress")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(
      operationId = "recordSceneProgress",
      summary = "Record a progress change (or plan one) at a site or at every site",
      description = "Stops (TEMPORARILY_CLOSED, TERMINATED, WITHDRAWN) need a reason.")
  @APIResponse(
      responseCode = "200",
      description = "The scene with the site's progress",
      content = @Content(schema = @Schema(ref = "Scene")))
  public Response progress(@PathParam("id") String id, @NotNull @Valid ProgressForm form) {
    Scene scene = own(id);
    Map<String, Object> before = snapshot(scene);
    if (form.planned()) {
      scene.plan(form.site(), form.status(), form.date(), caller.username(), clock.now());
    } else {
      scene.changeProgress(
          form.site(), form.status(), form.date(), form.reason(), caller.username(), clock.now());
    }
    return changedResponse(
        scene, form.planned() ? "progress-planned" : "progress-changed", before, form.reason());
  }

  @POST
  @Path("{id}/sites")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(operationId = "addSceneSite", summary = "Add a site (department); it starts in review")
  @APIResponse(
      responseCode = "200",
      description = "The scene with its new site",
      content = @Content(schema = @Schema(ref = "Scene")))
  public Response addSite(@PathParam("id") String id, @NotNull @Valid SceneForm.SiteForm form) {
    Scene scene = own(id);
    Map<String, Object> before = snapshot(scene);
    scene.addSite(
        BilingualText.of(form.name()),
        form.location(),
        clock.today(),
        caller.username(),
        clock.now());
    return changedResponse(scene, "site-added", before, null);
  }

  @GET
  @Path("{id}/matches")
  @RolesAllowed({Roles.HOSPITAL_STAFF, Roles.DISTRICT_ADMIN})
  @Operation(
      operationId = "listSceneMatches",
      summary = "Findable projects that fit a scene of my hospital, ranked, with reasons",
      description =
          "Active projects whose owners allow being found, meeting every rule of the scene but at"
              + " most one; each says why it fits and what is missing.")
  @APIResponse(
      responseCode = "200",
      description = "One page of matching projects",
      content = @Content(schema = @Schema(ref = "Match")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<MatchView> matches(
      @PathParam("id") String id,
      @Parameter(description = "How many, 1-100 (default 20)") @QueryParam("limit") Integer limit,
      @Context HttpHeaders headers) {
    return matches(id, limit, AcceptLanguage.of(headers));
  }

  /** The same, with the reasons in {@code language}: for the pages, which have no HTTP headers. */
  @RolesAllowed({Roles.HOSPITAL_STAFF, Roles.DISTRICT_ADMIN})
  public Page<MatchView> matches(String id, Integer limit, java.util.Locale language) {
    Scene scene = caller.isDistrictAdmin() ? visible(id) : own(id);
    int n = SceneMatchesResource.limit(limit);
    Messages ui = Messages.ui(language);
    return new Page<>(
        matcher.projectsFor(scene, n, clock.now()).stream()
            .map(m -> MatchView.ofProject(m.item(), m.fit(), ui))
            .toList(),
        null);
  }

  private Response changedResponse(
      Scene scene, String action, Map<String, Object> before, String reason) {
    return ok(changed(scene, action, before, reason));
  }

  private static Response ok(SceneView scene) {
    return ETags.ok(scene, scene.version());
  }

  /** Audits the change and answers the scene as it now is. */
  private SceneView changed(Scene scene, String action, Map<String, Object> before, String reason) {
    em.flush();
    changed.fire(
        new Changed(
            ENTITY,
            scene.publicId().toString(),
            action,
            before,
            snapshot(scene),
            reason,
            scene.hospital().id()));
    return SceneView.of(scene, clock.now());
  }

  /** A scene the caller may see, else 404. */
  Scene visible(String id) {
    UUID publicId = uuidOrNotFound(id);
    return scenes
        .visible(publicId, ownOrganisation(), caller.isDistrictAdmin())
        .orElseThrow(() -> ProblemException.notFound(ENTITY, id));
  }

  /** A scene of the caller's own hospital, else 404 (another hospital's scene is not theirs). */
  private Scene own(String id) {
    UUID publicId = uuidOrNotFound(id);
    return scenes
        .byPublicId(publicId)
        .filter(s -> s.belongsTo(caller.organisationRef()))
        .orElseThrow(() -> ProblemException.notFound(ENTITY, id));
  }

  private SceneContent content(SceneForm form) {
    if (form.subcatalogues() != null) {
      for (String code : form.subcatalogues()) {
        if (subcatalogues.byCode(code).isEmpty()) {
          throw ProblemException.invalidField("subcatalogues", "scene.subcatalogue.unknown", code);
        }
      }
    }
    return form.content();
  }

  private Long ownOrganisation() {
    return caller.signedIn() ? caller.organisationRef() : null;
  }

  static Map<String, Object> snapshot(Scene s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", s.type().name());
    m.put("title", s.title().en());
    m.put("capacity", s.capacity());
    m.put("trl", s.trlMin() + "-" + s.trlMax());
    m.put("publication", s.publication().name());
    m.put("progress", s.progress().name());
    m.put("opensAt", String.valueOf(s.opensAt()));
    m.put("closesAt", String.valueOf(s.closesAt()));
    m.put("sites", s.sites().size());
    return m;
  }

  static UUID uuidOrNotFound(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound(ENTITY, id);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static <E extends Enum<E>> E enumParam(String name, String value, Class<E> type) {
    return QueryParams.oneOf(name, value, type);
  }
}
