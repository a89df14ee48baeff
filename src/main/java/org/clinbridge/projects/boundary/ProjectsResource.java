package org.clinbridge.projects.boundary;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.organisations.control.TechnologyManagers;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Role;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.CsvDownload;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.control.ProjectCodes;
import org.clinbridge.projects.control.ProjectFilter;
import org.clinbridge.projects.control.ProjectSearch;
import org.clinbridge.projects.control.ProjectSort;
import org.clinbridge.projects.control.Projects;
import org.clinbridge.projects.entity.Gate;
import org.clinbridge.projects.entity.Project;
import org.clinbridge.projects.entity.ProjectEvent;
import org.clinbridge.projects.entity.StageGate;
import org.clinbridge.projects.entity.StageMove;
import org.clinbridge.projects.entity.TrlAssessment;
import org.clinbridge.reference.entity.NmpaSubcatalogue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Projects: registering, reading, finding and exporting them, and their lifecycle (stage moves
 * through the gates, status changes, TRL assessments, the manager). Every read is scoped by {@link
 * ProjectAccess}: a project the caller may not see is a 404.
 */
@Boundary
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects", description = "Projects and their incubation lifecycle")
public class ProjectsResource {
  static final String ENTITY = "project";

  @Inject ProjectAccess access;
  @Inject ProjectSearch search;
  @Inject ProjectCodes codes;
  @Inject Projects projects;
  @Inject TechnologyManagers managers;
  @Inject DistrictClock clock;
  @Inject Caller caller;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "projects.export.max-rows", defaultValue = "100000")
  int exportMaxRows;

  @GET
  @SignedIn
  @Operation(
      summary = "Find projects",
      operationId = "listProjects",
      description =
          "The projects the caller may see, filtered and sorted, in keyset pages. Several values of"
              + " one filter (stage=A&stage=B) are alternatives. q matches code, titles, summaries"
              + " and source institution, in Chinese or English.")
  @APIResponse(
      responseCode = "200",
      description = "One page of projects",
      content = @Content(schema = @Schema(ref = "ProjectSummary")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<ProjectSummaryView> list(
      @Parameter(description = "LAB_RESEARCH, PROOF_OF_CONCEPT, PILOT_MATURATION, APPLICATION")
          @QueryParam("stage")
          List<String> stage,
      @Parameter(description = "ACTIVE, ON_HOLD, GRADUATED, TERMINATED") @QueryParam("status")
          List<String> status,
      @Parameter(description = "MEDICAL_DEVICE, IVD, BIOLOGIC, DRUG, DIGITAL_MEDICINE")
          @QueryParam("category")
          List<String> category,
      @Parameter(description = "NMPA sub-catalogue code, e.g. 07") @QueryParam("subcatalogue")
          List<String> subcatalogue,
      @Parameter(description = "I, II, III") @QueryParam("class") List<String> deviceClass,
      @QueryParam("trlMin") Integer trlMin,
      @QueryParam("trlMax") Integer trlMax,
      @Parameter(description = "Technology manager account id") @QueryParam("manager")
          String manager,
      @Parameter(description = "Owner organisation id") @QueryParam("owner") String owner,
      @Parameter(description = "Free text, Chinese or English") @QueryParam("q") String q,
      @Parameter(description = "code, updatedAt, trl, titleEn, titleZh; prefix - for descending")
          @QueryParam("sort")
          String sort,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    return find(
        new ProjectSearchParams(
            stage,
            status,
            category,
            subcatalogue,
            deviceClass,
            trlMin,
            trlMax,
            manager,
            owner,
            q,
            sort),
        limit,
        cursor);
  }

  /** The projects found, one keyset page: the API's list and the pages' searches. */
  @SignedIn
  public Page<ProjectSummaryView> find(ProjectSearchParams params, Integer limit, String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    ProjectSort.Order order = ProjectSort.parse(params.sort());
    ProjectFilter filter = ProjectQueries.filter(params, projects);
    if (filter == null) {
      return new Page<>(List.of(), null);
    }
    List<Project> rows = search.page(search.where(filter, access.scope()), order, request);
    Map<UUID, String> names = managers.names(rows.stream().map(Project::managerAccountId).toList());
    return Page.of(
        rows,
        request.limit(),
        p -> ProjectSummaryView.of(p, names.get(p.managerAccountId())),
        p -> Cursor.of(order.cursorTag(), order.keysOf(p).toArray()));
  }

  @GET
  @Path("export")
  // Always CSV. JSON is listed only so that a client sending its usual Accept: application/json is
  // answered (401/403 first, then the file) instead of being refused by content negotiation.
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @SignedIn
  @Operation(
      summary = "Export the found projects as CSV",
      description =
          "The same selection and order as the list (same parameters, no paging), streamed as"
              + " UTF-8 CSV with a byte-order mark so that spreadsheet programs show Chinese."
              + " Headers follow Accept-Language. At most projects.export.max-rows rows"
              + " (100,000 unless configured).",
      operationId = "exportProjectsCsv")
  @APIResponse(
      responseCode = "200",
      description = "The found projects as UTF-8 CSV",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response export(
      @QueryParam("stage") List<String> stage,
      @QueryParam("status") List<String> status,
      @QueryParam("category") List<String> category,
      @QueryParam("subcatalogue") List<String> subcatalogue,
      @QueryParam("class") List<String> deviceClass,
      @QueryParam("trlMin") Integer trlMin,
      @QueryParam("trlMax") Integer trlMax,
      @QueryParam("manager") String manager,
      @QueryParam("owner") String owner,
      @QueryParam("q") String q,
      @QueryParam("sort") String sort,
      @Parameter(description = "At most this many rows (default and maximum: the configured cap)")
          @QueryParam("limit")
          Integer limit,
      @Context HttpHeaders headers) {
    Export e =
        exportOf(
            new ProjectSearchParams(
                stage,
                status,
                category,
                subcatalogue,
                deviceClass,
                trlMin,
                trlMax,
                manager,
                owner,
                q,
                sort),
            limit,
            locale(headers));
    return CsvDownload.of("projects.csv", e.header(), e.rows());
  }

  /** A selection to export: its column titles, and what writes its rows while the file streams. */
  public record Export(List<String> header, CsvDownload.Rows rows) {}

  /**
   * The use case behind {@link #export} and the projects page's "Export CSV" (a signed-in browser
   * has no bearer token): the selection is fixed here, while the caller is known; the rows are read
   * when {@link Export#rows()} writes them.
   */
  @SignedIn
  public Export exportOf(ProjectSearchParams params, Integer limit, Locale language) {
    ProjectSort.Order order = ProjectSort.parse(params.sort());
    if (limit != null && (limit < 1 || limit > exportMaxRows)) {
      throw ProblemException.invalidField("limit", "paging.limit.range", 1, exportMaxRows);
    }
    int rows = limit == null ? exportMaxRows : limit;
    ProjectFilter filter = ProjectQueries.filter(params, projects);
    ProjectSearch.Where where =
        filter == null
            ? new ProjectSearch.Where("1 = 0", List.of())
            : search.where(filter, access.scope());
    Messages labels = Messages.of("projects", language);
    List<String> header =
        ProjectSearch.EXPORT_COLUMNS.stream().map(c -> labels.text("csv." + c)).toList();
    return new Export(header, csv -> search.export(where, order, rows, csv::printRecord));
  }

  @POST
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.DISTRICT_ADMIN})
  @Operation(summary = "Register a project", operationId = "createProject")
  @APIResponse(
      responseCode = "201",
      description = "The registered project",
      content = @Content(schema = @Schema(ref = "Project")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@Valid @NotNull NewProjectForm form, @Context UriInfo uri) {
    Project p = register(form);
    return ETags.created(
        uri.getAbsolutePathBuilder().path(p.publicId().toString()).build(), view(p), p.version());
  }

  /**
   * Registers a project: the use case behind {@code POST /api/projects} and the new-project page.
   */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.DISTRICT_ADMIN})
  public Project register(@Valid @NotNull NewProjectForm form) {
    Organisation owner = ownerFor(form);
    requireSubcatalogue(form.subcatalogue());
    if (form.managerId() != null) {
      if (!caller.isDistrictAdmin()) {
        throw ProjectAccess.forbidden();
      }
      requireManager(form.managerId());
    }
    var now = clock.now();
    Project.Registration r =
        Project.register(
            codes.next(now),
            owner,
            form.details(),
            form.trl(),
            form.trlEvidence(),
            access.actor(),
            now,
            clock.today());
    Project p = r.project();
    if (form.managerId() != null) {
      p.assignManager(form.managerId(), now);
    }
    em.persist(p);
    em.persist(r.event());
    em.persist(r.trl());
    changed.fire(
        new Changed(
            ENTITY, p.publicId().toString(), "created", Map.of(), p.snapshot(), null, owner.id()));
    return p;
  }

  @GET
  @Path("{id}")
  @SignedIn
  @Operation(summary = "One project, with its ETag", operationId = "getProject")
  @APIResponse(
      responseCode = "200",
      description = "The project",
      content = @Content(schema = @Schema(ref = "Project")))
  public Response get(@PathParam("id") UUID id) {
    ProjectView v = read(id);
    return ETags.ok(v, v.version());
  }

  /** One project as its reader sees it: the API's read and the project page's. */
  @SignedIn
  public ProjectView read(UUID id) {
    return view(access.visible(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      summary = "Change what a project is about (If-Match required)",
      operationId = "updateProject")
  @APIResponse(
      responseCode = "200",
      description = "The changed project",
      content = @Content(schema = @Schema(ref = "Project")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ProjectForm form) {
    Project p = access.editable(id);
    ETags.requireMatch(ifMatch, p.version());
    requireSubcatalogue(form.subcatalogue());
    Map<String, Object> before = p.snapshot();
    p.revise(form.details(), clock.now());
    return respond(changed(p, "updated", before, null));
  }

  @PUT
  @Path("{id}/manager")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "Assign (or, with null, unassign) the technology manager",
      operationId = "assignProjectManager")
  @APIResponse(
      responseCode = "200",
      description = "The project with its new manager",
      content = @Content(schema = @Schema(ref = "Project")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response assignManager(
      @PathParam("id") UUID id, @Valid @NotNull MoveForms.ManagerForm form) {
    return respond(assign(id, form));
  }

  /** Assigns or unassigns the manager: the use case behind the API and the project page. */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public Project assign(UUID id, @Valid @NotNull MoveForms.ManagerForm form) {
    Project p = access.visible(id);
    if (form.managerId() != null) {
      requireManager(form.managerId());
    }
    Map<String, Object> before = p.snapshot();
    p.assignManager(form.managerId(), clock.now());
    return changed(p, "manager-assigned", before, null);
  }

  @PUT
  @Path("{id}/findable")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.DISTRICT_ADMIN})
  @Operation(
      summary = "Let hospitals and matching find the project, or not",
      description = "The owner's consent; only the owner's members or a district administrator",
      operationId = "setProjectFindable")
  @APIResponse(
      responseCode = "200",
      description = "The project with its findability",
      content = @Content(schema = @Schema(ref = "Project")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response findable(@PathParam("id") UUID id, @Valid @NotNull MoveForms.FindableForm form) {
    Project p = access.visible(id);
    if (!caller.isDistrictAdmin() && p.owner().id() != caller.organisationRef()) {
      throw ProjectAccess.forbidden();
    }
    Map<String, Object> before = p.snapshot();
    p.allowFinding(form.findable(), clock.now());
    return respond(changed(p, "findability-changed", before, null));
  }

  @POST
  @Path("{id}/stage-moves")
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      summary = "Move the project to another stage",
      description =
          "Forward only to the next stage, with the evidence its gate asks for and the gate's"
              + " minimum TRL; back to an earlier stage with a reason. A refused move is a 409"
              + " saying why.",
      operationId = "moveProjectStage")
  @APIResponse(
      responseCode = "200",
      description = "The project in its new stage",
      content = @Content(schema = @Schema(ref = "Project")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response moveStage(
      @PathParam("id") UUID id, @Valid @NotNull MoveForms.StageMoveForm form) {
    return respond(move(id, form));
  }

  /** Moves the project to another stage: the use case behind the API and the stage dialog. */
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public Project move(UUID id, @Valid @NotNull MoveForms.StageMoveForm form) {
    Project p = access.managed(id);
    StageGate gate =
        p.stage().moveTo(form.to()) == StageMove.FORWARD
            ? projects.gate(Gate.entering(form.to()))
            : null;
    Map<String, Object> before = p.snapshot();
    ProjectEvent e =
        p.moveTo(form.to(), gate, form.evidenceList(), form.reason(), access.actor(), clock.now());
    em.persist(e);
    return changed(p, "stage-" + e.kind().name().toLowerCase(Locale.ROOT), before, e.reason());
  }

  @POST
  @Path("{id}/status-changes")
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      summary = "Put on hold, resume, terminate or graduate the project",
      description = "Stopping needs a reason; graduation needs the graduation gate's evidence.",
      operationId = "changeProjectStatus")
  @APIResponse(
      responseCode = "200",
      description = "The project in its new status",
      content = @Content(schema = @Schema(ref = "Project")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changeStatus(
      @PathParam("id") UUID id, @Valid @NotNull MoveForms.StatusChangeForm form) {
    return respond(changeStatusOf(id, form));
  }

  /** Holds, resumes, terminates or graduates the project: the API's and the status dialog's. */
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public Project changeStatusOf(UUID id, @Valid @NotNull MoveForms.StatusChangeForm form) {
    Project p = access.managed(id);
    Map<String, Object> before = p.snapshot();
    var now = clock.now();
    ProjectEvent e =
        switch (form.to()) {
          case ON_HOLD -> p.hold(form.reason(), access.actor(), now);
          case ACTIVE -> p.resume(form.reason(), access.actor(), now);
          case TERMINATED -> p.terminate(form.reason(), access.actor(), now);
          case GRADUATED ->
              p.graduate(
                  projects.gate(Gate.GRADUATION),
                  form.evidenceList(),
                  form.reason(),
                  access.actor(),
                  now);
        };
    em.persist(e);
    return changed(p, "status-" + e.kind().name().toLowerCase(Locale.ROOT), before, e.reason());
  }

  @GET
  @Path("{id}/timeline")
  @SignedIn
  @Operation(
      summary = "The project's dated moves, in the order they happened",
      operationId = "listProjectTimeline")
  @APIResponse(
      responseCode = "200",
      description = "One page of the project's timeline",
      content = @Content(schema = @Schema(ref = "TimelineEntry")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<TimelineEntryView> timeline(
      @PathParam("id") UUID id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    Project p = access.visible(id);
    PageRequest request = PageRequest.of(limit, cursor);
    return Page.of(
        projects.timeline(p, request),
        request.limit(),
        TimelineEntryView::of,
        e -> Cursor.of(Projects.TIMELINE, e.seq()));
  }

  @POST
  @Path("{id}/trl-assessments")
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      summary = "Record a TRL assessment with its evidence",
      operationId = "assessProjectTrl")
  @APIResponse(
      responseCode = "201",
      description = "The recorded TRL assessment",
      content = @Content(schema = @Schema(ref = "TrlAssessment")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response assessTrl(@PathParam("id") UUID id, @Valid @NotNull MoveForms.TrlForm form) {
    TrlAssessment t = recordTrl(id, form);
    return Response.status(Response.Status.CREATED)
        .tag(ETags.of(t.project().version()))
        .entity(TrlView.of(t))
        .build();
  }

  /** Records a TRL assessment: the use case behind the API and the TRL dialog. */
  @RolesAllowed({Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public TrlAssessment recordTrl(UUID id, @Valid @NotNull MoveForms.TrlForm form) {
    Project p = access.managed(id);
    Map<String, Object> before = p.snapshot();
    TrlAssessment t =
        p.assessTrl(
            form.level(),
            form.assessedOn(),
            form.evidence(),
            form.note(),
            access.actor(),
            clock.now(),
            clock.today());
    em.persist(t);
    em.flush();
    changed.fire(
        new Changed(
            ENTITY,
            p.publicId().toString(),
            "trl-assessed",
            before,
            p.snapshot(),
            form.note(),
            p.owner().id()));
    return t;
  }

  @GET
  @Path("{id}/trl-assessments")
  @SignedIn
  @Operation(
      summary = "The project's TRL history, oldest first (whole)",
      operationId = "listProjectTrlAssessments")
  @APIResponse(
      responseCode = "200",
      description = "The project's whole TRL history as one page",
      content = @Content(schema = @Schema(ref = "TrlAssessment")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<TrlView> trlHistory(@PathParam("id") UUID id) {
    Project p = access.visible(id);
    return new Page<>(projects.trlHistory(p).stream().map(TrlView::of).toList(), null);
  }

  /** Flushes the change (so the version is the stored one) and tells the audit trail. */
  private Project changed(Project p, String action, Map<String, Object> before, String reason) {
    em.flush();
    changed.fire(
        new Changed(
            ENTITY, p.publicId().toString(), action, before, p.snapshot(), reason, p.owner().id()));
    return p;
  }

  private Response respond(Project p) {
    return ETags.ok(view(p), p.version());
  }

  private ProjectView view(Project p) {
    return ProjectView.of(
        p, managers.name(p.managerAccountId()), projects.overdueCount(p, clock.today()));
  }

  private Organisation ownerFor(NewProjectForm form) {
    if (caller.isDistrictAdmin() && form.ownerId() != null) {
      return projects
          .organisation(form.ownerId())
          .orElseThrow(
              () ->
                  ProblemException.invalidField(
                      "ownerId", "reference.unknown", new Bilingual("机构", "organisation")));
    }
    if (form.ownerId() != null && !caller.isDistrictAdmin()) {
      throw ProjectAccess.forbidden();
    }
    if (!caller.has(Role.START_UP_MEMBER)) {
      throw ProblemException.invalidField("ownerId", "field.required");
    }
    return em.find(Organisation.class, caller.organisationRef());
  }

  private void requireSubcatalogue(String code) {
    if (code != null && em.find(NmpaSubcatalogue.class, code) == null) {
      throw ProblemException.invalidField(
          "subcatalogue", "reference.unknown", new Bilingual("NMPA 分类子目录", "NMPA sub-catalogue"));
    }
  }

  private void requireManager(UUID accountId) {
    if (!managers.isManager(accountId)) {
      throw ProblemException.invalidField(
          "managerId", "reference.unknown", new Bilingual("技术经理人", "technology manager"));
    }
  }

  private static Locale locale(HttpHeaders headers) {
    return AcceptLanguage.of(headers);
  }
}
