package org.clinbridge.licensing.boundary;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.licensing.control.LicenceAccess;
import org.clinbridge.licensing.control.Licences;
import org.clinbridge.licensing.control.StatutoryClocks;
import org.clinbridge.licensing.entity.ApplicationDocument;
import org.clinbridge.licensing.entity.ApplicationEvent;
import org.clinbridge.licensing.entity.ApplicationState;
import org.clinbridge.licensing.entity.ApplicationType;
import org.clinbridge.licensing.entity.Correspondence;
import org.clinbridge.licensing.entity.DocumentKind;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.licensing.entity.StatutoryClock;
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
import org.clinbridge.platform.voiding.VoidForm;
import org.clinbridge.platform.web.CsvDownload;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.platform.web.QueryParams;
import org.clinbridge.projects.control.ProjectAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A licence application: its state moves (each dated, with who and why), its documents checklist,
 * its correspondence with the authority, voiding. Seen by whoever sees its project; changed by the
 * project's start-up, its technology manager and district administrators.
 */
@Boundary
@Path("licence-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "licensing")
public class LicenceApplicationsResource {
  @Inject LicenceAccess access;
  @Inject ProjectAccess projects;
  @Inject Licences licences;
  @Inject StatutoryClocks statutoryClocks;
  @Inject DistrictClock clock;
  @Inject Caller caller;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @SignedIn
  @Operation(
      summary = "The applications of every project I see, oldest first",
      operationId = "listLicenceApplications")
  @APIResponse(
      responseCode = "200",
      description = "One page of licence applications",
      content = @Content(schema = @Schema(ref = "LicenceApplication")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<LicenceViews.ApplicationView> list(
      @QueryParam("state") String state,
      @QueryParam("type") String type,
      @QueryParam("includeVoided") boolean includeVoided,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    List<LicenceApplication> page =
        licences.applications(
            new Licences.ApplicationFilter(
                null,
                parse(ApplicationState.class, state, "state"),
                parse(ApplicationType.class, type, "type"),
                includeVoided),
            request);
    Map<Long, Optional<StatutoryClock>> clocks = statutoryClocks.of(page);
    return Page.of(
        page,
        request.limit(),
        a -> LicenceViews.ApplicationView.of(a, clocks.get(a.id())),
        Licences::cursorOf);
  }

  @GET
  @Path("{id}")
  @SignedIn
  @Operation(summary = "One application, with its ETag", operationId = "getLicenceApplication")
  @APIResponse(
      responseCode = "200",
      description = "The licence application",
      content = @Content(schema = @Schema(ref = "LicenceApplication")))
  public Response get(@PathParam("id") UUID id) {
    return ok(access.visibleApplication(id));
  }

  /** One application with its clock: the use case behind {@link #get} and the application page. */
  @SignedIn
  public LicenceViews.ApplicationView view(UUID id) {
    return view(access.visibleApplication(id));
  }

  private LicenceViews.ApplicationView view(LicenceApplication a) {
    return LicenceViews.ApplicationView.of(a, statutoryClocks.of(a));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Correct the product's name or the authority's number (If-Match required)",
      operationId = "reviseLicenceApplication")
  @APIResponse(
      responseCode = "200",
      description = "The revised licence application",
      content = @Content(schema = @Schema(ref = "LicenceApplication")))
  public Response revise(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull LicenceForms.ApplicationForm form) {
    LicenceApplication a = access.editableApplication(id);
    ETags.requireMatch(ifMatch, a.version());
    Map<String, Object> before = a.snapshot();
    a.revise(BilingualText.of(form.product()), form.authorityReference());
    return changed(a, "revised", before, null);
  }

  @POST
  @Path("{id}/moves")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move the application to its next state, dated, with the reason",
      description = "An illegal move is a 409 licence-move-refused whose detail names the rule",
      operationId = "moveLicenceApplication")
  @APIResponse(
      responseCode = "200",
      description = "The licence application in its new state",
      content = @Content(schema = @Schema(ref = "LicenceApplication")))
  public Response move(@PathParam("id") UUID id, @Valid @NotNull LicenceForms.MoveForm form) {
    LicenceApplication a = access.editableApplication(id);
    Map<String, Object> before = a.snapshot();
    var today = clock.today();
    ApplicationEvent e =
        a.moveTo(
            form.to(),
            form.on() == null ? today : form.on(),
            form.reason(),
            form.authorityReference(),
            licences.documents(a),
            projects.actor(),
            clock.now(),
            today);
    em.persist(e);
    return changed(a, "moved", before, e.reason());
  }

  @GET
  @Path("{id}/history")
  @SignedIn
  @Operation(
      summary = "Every state change, oldest first (whole)",
      operationId = "listLicenceApplicationHistory")
  @APIResponse(
      responseCode = "200",
      description = "The application's state changes, in one page",
      content = @Content(schema = @Schema(ref = "LicenceApplicationEvent")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<LicenceViews.EventView> history(@PathParam("id") UUID id) {
    LicenceApplication a = access.visibleApplication(id);
    return new Page<>(licences.history(a).stream().map(LicenceViews.EventView::of).toList(), null);
  }

  @GET
  @Path("{id}/timeline.csv")
  // Always CSV; JSON listed so a client's usual Accept: application/json is answered (as the
  // projects export is) rather than refused by content negotiation before authorization.
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @SignedIn
  @Operation(
      summary = "The application's timeline as CSV (UTF-8 with BOM)",
      description =
          "Every state change and letter by date, then the current statutory clock; headers in"
              + " the caller's language",
      operationId = "exportLicenceApplicationTimelineCsv")
  @APIResponse(
      responseCode = "200",
      description = "The application's timeline as UTF-8 CSV",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response timeline(@PathParam("id") UUID id, @Context HttpHeaders headers) {
    LicenceApplication a = access.visibleApplication(id);
    List<ApplicationEvent> history = licences.history(a);
    List<Correspondence> letters = licences.allCorrespondence(a);
    Optional<StatutoryClock> clock = statutoryClocks.of(a, history);
    Messages labels = Messages.of("licensing", AcceptLanguage.of(headers));
    List<String> header =
        LicenceTimeline.COLUMNS.stream().map(c -> labels.text("timeline.csv." + c)).toList();
    return CsvDownload.of(
        "licence-application-" + a.publicId() + ".csv",
        header,
        csv -> {
          for (List<String> row : LicenceTimeline.rows(history, letters, clock, labels)) {
            csv.printRecord(row);
          }
        });
  }

  @GET
  @Path("{id}/documents")
  @SignedIn
  @Operation(
      summary = "The documents checklist of the application's type, with each state",
      operationId = "getLicenceApplicationChecklist")
  @APIResponse(
      responseCode = "200",
      description = "The documents checklist",
      content = @Content(schema = @Schema(ref = "LicenceChecklist")))
  public LicenceViews.ChecklistView documents(@PathParam("id") UUID id) {
    return LicenceViews.ChecklistView.of(licences.documents(access.visibleApplication(id)));
  }

  @PUT
  @Path("{id}/documents/{kind}")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record where one document of the checklist stands",
      operationId = "updateLicenceApplicationDocument")
  @APIResponse(
      responseCode = "200",
      description = "The document with its new state",
      content = @Content(schema = @Schema(ref = "LicenceDocument")))
  public LicenceViews.DocumentView document(
      @PathParam("id") UUID id,
      @PathParam("kind") String kind,
      @Valid @NotNull LicenceForms.DocumentForm form) {
    LicenceApplication a = access.editableApplication(id);
    DocumentKind k = parse(DocumentKind.class, kind, "kind");
    ApplicationDocument d =
        licences
            .document(a, k)
            .orElseThrow(() -> ProblemException.notFound("licence-document", kind));
    Map<String, Object> before = d.snapshot();
    d.update(form.state(), form.evaluationPath(), form.reference(), form.note(), clock.now());
    em.flush();
    changed.fire(
        new Changed(
            "licence-document",
            a.publicId() + "/" + k.name(),
            "updated",
            before,
            d.snapshot(),
            null,
            a.project().owner().id()));
    return LicenceViews.DocumentView.of(d);
  }

  @GET
  @Path("{id}/correspondence")
  @SignedIn
  @Operation(
      summary = "Letters with the authority, in the order recorded",
      operationId = "listLicenceApplicationCorrespondence")
  @APIResponse(
      responseCode = "200",
      description = "One page of letters",
      content = @Content(schema = @Schema(ref = "LicenceCorrespondence")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<LicenceViews.CorrespondenceView> correspondence(
      @PathParam("id") UUID id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    LicenceApplication a = access.visibleApplication(id);
    PageRequest request = PageRequest.of(limit, cursor);
    return Page.of(
        licences.correspondence(a, request),
        request.limit(),
        LicenceViews.CorrespondenceView::of,
        Licences::cursorOf);
  }

  @POST
  @Path("{id}/correspondence")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a letter from or to the authority",
      description =
          "CORRECTION_LIST (once, while acceptance is decided), SUPPLEMENT_REQUEST (once, during"
              + " the technical review; the applicant has a year) and SUPPLEMENT (within it) move"
              + " the application",
      operationId = "recordLicenceApplicationCorrespondence")
  @APIResponse(
      responseCode = "201",
      description = "The recorded letter",
      content = @Content(schema = @Schema(ref = "LicenceCorrespondence")))
  public Response correspond(
      @PathParam("id") UUID id, @Valid @NotNull LicenceForms.CorrespondenceForm form) {
    LicenceApplication a = access.editableApplication(id);
    Map<String, Object> before = a.snapshot();
    var today = clock.today();
    var on = form.on() == null ? today : form.on();
    ApplicationEvent e = a.correspond(form.kind(), on, projects.actor(), clock.now(), today);
    if (e != null) {
      em.persist(e);
    }
    Correspondence c =
        new Correspondence(
            a,
            form.kind(),
            on,
            form.subject(),
            form.body(),
            form.authorityReference(),
            projects.actor(),
            clock.now());
    em.persist(c);
    em.flush();
    changed.fire(
        new Changed(
            "licence-correspondence",
            c.publicId().toString(),
            "recorded",
            Map.of(),
            Map.of(
                "application", a.publicId().toString(),
                "kind", c.kind().name(),
                "on", c.on().toString(),
                "subject", c.subject()),
            null,
            a.project().owner().id()));
    if (e != null) {
      changed.fire(
          new Changed(
              LicenceAccess.APPLICATION,
              a.publicId().toString(),
              "moved",
              before,
              a.snapshot(),
              c.subject(),
              a.project().owner().id()));
    }
    return Response.status(Response.Status.CREATED)
        .entity(LicenceViews.CorrespondenceView.of(c))
        .build();
  }

  @POST
  @Path("{id}/void")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Void an application entered by mistake, with the reason (If-Match)",
      operationId = "voidLicenceApplication")
  @APIResponse(
      responseCode = "200",
      description = "The voided licence application",
      content = @Content(schema = @Schema(ref = "LicenceApplication")))
  public Response voidApplication(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull VoidForm form) {
    LicenceApplication a = access.editableApplication(id);
    ETags.requireMatch(ifMatch, a.version());
    Map<String, Object> before = a.voiding().auditValues();
    a.voidFor(form.reason(), caller.username(), clock.now());
    em.flush();
    changed.fire(
        new Changed(
            LicenceAccess.APPLICATION,
            a.publicId().toString(),
            "voided",
            before,
            a.voiding().auditValues(),
            a.voiding().reason(),
            a.project().owner().id()));
    return ok(a);
  }

  private Response changed(
      LicenceApplication a, String action, Map<String, Object> before, String reason) {
    em.flush();
    changed.fire(
        new Changed(
            LicenceAccess.APPLICATION,
            a.publicId().toString(),
            action,
            before,
            a.snapshot(),
            reason,
            a.project().owner().id()));
    return ok(a);
  }

  private Response ok(LicenceApplication a) {
    return ETags.ok(view(a), a.version());
  }

  /** An enum query or path parameter; unset is null, an unknown name a 400 naming it. */
  static <E extends Enum<E>> E parse(Class<E> type, String value, String param) {
    return QueryParams.oneOf(param, value, type);
  }
}
