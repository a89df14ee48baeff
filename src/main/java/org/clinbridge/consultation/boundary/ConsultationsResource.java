package org.clinbridge.consultation.boundary;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinbridge.consultation.control.ConsultationNotices;
import org.clinbridge.consultation.control.Consultations;
import org.clinbridge.consultation.control.DeskStatistics;
import org.clinbridge.consultation.control.Routing;
import org.clinbridge.consultation.entity.Consultation;
import org.clinbridge.consultation.entity.ConsultationMessage;
import org.clinbridge.consultation.entity.ConsultationStatus;
import org.clinbridge.consultation.entity.ServiceLevel;
import org.clinbridge.consultation.entity.Specialist;
import org.clinbridge.consultation.entity.Topic;
import org.clinbridge.licensing.control.LicenceAccess;
import org.clinbridge.licensing.control.StatutoryClocks;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.licensing.entity.StatutoryClock;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Project;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The consultation station's desk. Any organisation's member asks and follows their organisation's
 * questions; the station's consultants answer, note, ask for documents and resolve. Status changes
 * need If-Match; messages are appended without it, as a thread takes them in any order. Every
 * change records the breaches the clocks show, once, and is audited.
 */
@Boundary
@Path("consultations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "consultation")
public class ConsultationsResource {
  @Inject DistrictClock clock;
  @Inject Caller caller;
  @Inject Consultations consultations;
  @Inject ConsultationNotices notices;
  @Inject LicenceAccess licences;
  @Inject StatutoryClocks statutoryClocks;
  @Inject ProjectAccess projects;
  @Inject ArticlesResource knowledge;
  @Inject Routing routing;
  @Inject DeskStatistics statistics;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.HOSPITAL_STAFF, Roles.ORG_ADMIN})
  @Operation(
      summary = "Ask the station, optionally about one of my organisation's projects",
      operationId = "askConsultation")
  @APIResponse(
      responseCode = "201",
      description = "The new consultation",
      content = @Content(schema = @Schema(ref = "Consultation")))
  public Response ask(@Valid @NotNull ConsultationForms.Ask form) {
    ConsultationView asked = askQuestion(form);
    return ETags.created(URI.create("consultations/" + asked.id()), asked, asked.version());
  }

  /** The use case behind {@link #ask} and the consultations page: the new consultation's view. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.HOSPITAL_STAFF, Roles.ORG_ADMIN})
  public ConsultationView askQuestion(@Valid @NotNull ConsultationForms.Ask form) {
    Project project = null;
    if (form.project() != null) {
      project = projects.visible(form.project());
      if (project.owner().id() != caller.organisationRef()) {
        throw ProblemException.notFound("project", form.project());
      }
    }
    LicenceApplication application = null;
    if (form.licenceApplication() != null) {
      application = licences.visibleApplication(form.licenceApplication());
      if (application.project().owner().id() != caller.organisationRef()) {
        throw ProblemException.notFound("licence-application", form.licenceApplication());
      }
      if (project != null && !project.publicId().equals(application.project().publicId())) {
        throw ProblemException.invalidField(
            "licenceApplication", "consultation.licence-of-other-project");
      }
    }
    OffsetDateTime now = clock.now();
    Organisation asker = em.find(Organisation.class, caller.organisationRef());
    Consultation c =
        application != null
            ? Consultation.about(
                application,
                asker,
                caller.username(),
                form.topic(),
                form.subject(),
                form.question(),
                now)
            : new Consultation(
                asker,
                caller.username(),
                project,
                form.topic(),
                form.subject(),
                form.question(),
                now);
    attach(c, null, form.attachments(), now);
    // Routed to the topic's group, and round-robin to one of its members if it has any.
    String group = consultations.level(form.topic()).specialistGroup();
    c.routeTo(group, routing.nextIn(group, now));
    em.persist(c);
    em.flush();
    audit(c, "asked", Map.of(), null);
    notices.assigned(c);
    return view(c, consultations.clocks(c, now));
  }

  @GET
  @RolesAllowed({
    Roles.START_UP_MEMBER,
    Roles.HOSPITAL_STAFF,
    Roles.ORG_ADMIN,
    Roles.CONSULTANT,
    Roles.DISTRICT_ADMIN
  })
  @Operation(
      summary = "Consultations in order of asking: my organisation's, or all for the station",
      operationId = "listConsultations")
  @APIResponse(
      responseCode = "200",
      description = "One page of consultations",
      content = @Content(schema = @Schema(ref = "Consultation")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<ConsultationView> list(
      @QueryParam("status") ConsultationStatus status,
      @QueryParam("topic") Topic topic,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest page = PageRequest.of(limit, cursor);
    List<Consultation> found = consultations.list(new Consultations.Filter(status, topic), page);
    var clocksNow = consultations.clocksAt(clock.now());
    // The linked applications' clocks for the whole page, their histories read at once.
    Map<Long, Optional<StatutoryClock>> licenceClocks =
        statutoryClocks.of(
            found.stream()
                .map(Consultation::licenceApplication)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    return Page.of(
        found,
        page.limit(),
        c ->
            ConsultationView.of(
                c,
                clocksNow.apply(c),
                consultations.station(),
                c.licenceApplication() == null
                    ? null
                    : ConsultationView.LicenceRef.of(
                        c.licenceApplication(), licenceClocks.get(c.licenceApplication().id()))),
        Consultations::cursorOf);
  }

  @GET
  @Path("service-levels")
  @RolesAllowed({
    Roles.START_UP_MEMBER,
    Roles.HOSPITAL_STAFF,
    Roles.ORG_ADMIN,
    Roles.CONSULTANT,
    Roles.DISTRICT_ADMIN
  })
  @Operation(
      summary = "Each topic's specialist group and service levels in working time",
      operationId = "listConsultationServiceLevels")
  @APIResponse(
      responseCode = "200",
      description = "Every topic's service levels",
      content = @Content(schema = @Schema(ref = "ServiceLevel")),
      extensions = @Extension(name = Documented.LIST, value = "true"))
  public List<ConsultationForms.Level> levels() {
    return consultations.levels().stream().map(ConsultationForms.Level::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    Roles.START_UP_MEMBER,
    Roles.HOSPITAL_STAFF,
    Roles.ORG_ADMIN,
    Roles.CONSULTANT,
    Roles.DISTRICT_ADMIN
  })
  @Operation(
      summary = "One consultation with its thread and clocks, and its ETag",
      operationId = "getConsultation")
  @APIResponse(
      responseCode = "200",
      description = "The consultation",
      content = @Content(schema = @Schema(ref = "Consultation")))
  public Response get(@PathParam("id") String id) {
    Consultation c = consultations.visible(id);
    return ok(c, consultations.clocks(c, clock.now()));
  }

  /** The use case behind {@link #get} and the consultation page. */
  @RolesAllowed({
    Roles.START_UP_MEMBER,
    Roles.HOSPITAL_STAFF,
    Roles.ORG_ADMIN,
    Roles.CONSULTANT,
    Roles.DISTRICT_ADMIN
  })
  public ConsultationView view(String id) {
    Consultation c = consultations.visible(id);
    return view(c, consultations.clocks(c, clock.now()));
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.HOSPITAL_STAFF, Roles.ORG_ADMIN, Roles.CONSULTANT})
  @Operation(
      summary = "Write in the thread",
      description =
          "The asker's message ends a wait for documents; the station's answers the question (the"
              + " first stops the first-response clock), or with internal=true is a note the asker"
              + " never sees.",
      operationId = "writeConsultationMessage")
  @APIResponse(
      responseCode = "200",
      description = "The consultation with the message",
      content = @Content(schema = @Schema(ref = "Consultation")))
  public Response message(
      @PathParam("id") String id, @Valid @NotNull ConsultationForms.Message form) {
    OffsetDateTime now = clock.now();
    if (caller.has(org.clinbridge.platform.security.Role.CONSULTANT)) {
      Consultation c = consultations.visible(id);
      // What the clocks show before the message restarts one of them.
      consultations.observe(c, now);
      Map<String, Object> before = c.snapshot();
      if (form.internal()) {
        attach(c, c.note(caller.username(), form.text(), now), form.attachments(), now);
        return changed(c, before, "noted", now);
      }
      attach(c, c.answer(caller.username(), form.text(), now), form.attachments(), now);
      notices.answered(c);
      return changed(c, before, "answered", now);
    }
    if (form.internal()) {
      throw ProblemException.invalidField("internal", "consultation.internal.station-only");
    }
    Consultation c = consultations.asked(id);
    consultations.observe(c, now);
    Map<String, Object> before = c.snapshot();
    attach(c, c.askerWrites(caller.username(), form.text(), now), form.attachments(), now);
    notices.askerWrote(c);
    return changed(c, before, "asker-wrote", now);
  }

  @POST
  @Path("{id}/request-documents")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CONSULTANT)
  @Operation(
      summary = "Ask the asker for documents; the clocks stand still until they answer",
      operationId = "requestConsultationDocuments")
  @APIResponse(
      responseCode = "200",
      description = "The consultation waiting for documents",
      content = @Content(schema = @Schema(ref = "Consultation")))
  public Response requestDocuments(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ConsultationForms.Text form) {
    return move(
        consultations.visible(id),
        ifMatch,
        "documents-requested",
        (c, at) -> {
          c.requestFromAsker(caller.username(), form.text(), at);
          notices.documentsRequested(c);
        });
  }

  @POST
  @Path("{id}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CONSULTANT)
  @Operation(
      summary = "Merge a duplicate into another open consultation of the same organisation",
      description =
          "The duplicate keeps its thread, read-only, with the reason; it points to the one that"
              + " goes on (If-Match required)",
      operationId = "mergeConsultation")
  @APIResponse(
      responseCode = "200",
      description = "The merged duplicate consultation",
      content = @Content(schema = @Schema(ref = "Consultation")))
  public Response merge(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ConsultationForms.Merge form) {
    Consultation target = consultations.visible(form.into().toString());
    return move(
        consultations.visible(id),
        ifMatch,
        "merged",
        (c, at) -> c.mergeInto(target, caller.username(), form.reason(), at));
  }

  @POST
  @Path("{id}/resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CONSULTANT)
  @Operation(
      summary = "Give the answer: the consultation is resolved and may be rated",
      operationId = "resolveConsultation")
  @APIResponse(
      responseCode = "200",
      description = "The resolved consultation",
      content = @Content(schema = @Schema(ref = "Consultation")))
  public Response resolve(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ConsultationForms.Text form) {
    return move(
        consultations.visible(id),
        ifMatch,
        "resolved",
        (c, at) -> c.resolve(caller.username(), form.text(), at));
  }

  @POST
  @Path("{id}/reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.HOSPITAL_STAFF, Roles.ORG_ADMIN})
  @Operation(
      summary = "Reopen a resolved consultation, saying why",
      operationId = "reopenConsultation")
  @APIResponse(
      responseCode = "200",
      description = "The reopened consultation",
      content = @Content(schema = @Schema(ref = "Consultation")))
  public Response reopen(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ConsultationForms.Text form) {
    return move(
        consultations.asked(id),
        ifMatch,
        "reopened",
        (c, at) -> c.reopen(caller.username(), form.text(), at));
  }

  @POST
  @Path("{id}/rating")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.HOSPITAL_STAFF, Roles.ORG_ADMIN})
  @Operation(
      summary = "Rate the resolved answer 1-5, once, with an optional comment",
      operationId = "rateConsultation")
  @APIResponse(
      responseCode = "200",
      description = "The rated consultation",
      content = @Content(schema = @Schema(ref = "Consultation")))
  public Response rate(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ConsultationForms.Rating form) {
    return move(
        consultations.asked(id),
        ifMatch,
        "rated",
        (c, at) -> c.rate(form.stars(), form.comment(), at));
  }

  @POST
  @Path("{id}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CONSULTANT)
  @Operation(
      summary = "Hand the consultation to a consultant of the station (If-Match required)",
      description = "The new assignee hears it in their inbox; audited as assigned.",
      operationId = "assignConsultation")
  @APIResponse(
      responseCode = "200",
      description = "The consultation with its new assignee",
      content = @Content(schema = @Schema(ref = "Consultation")))
  public Response assign(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ConsultationForms.Assign form) {
    String assignee = routing.consultant(form.assignee()).username();
    return move(
        consultations.visible(id),
        ifMatch,
        "assigned",
        (c, at) -> {
          c.assign(assignee, at);
          notices.assigned(c);
        });
  }

  @GET
  @Path("statistics")
  @RolesAllowed({Roles.CONSULTANT, Roles.DISTRICT_ADMIN})
  @Operation(
      summary =
          "The desk's figures for consultations asked in a period (default: the last 30 days)",
      description =
          "First-response and resolution percentiles in working minutes, breaches (each recorded"
              + " once), ratings; overall and by topic, specialist group and consultant; the"
              + " backlog now by topic, group and state.",
      operationId = "getConsultationDeskStatistics")
  @APIResponse(
      responseCode = "200",
      description = "The desk's figures for the period",
      content = @Content(schema = @Schema(ref = "DeskStatistics")))
  public DeskView statistics(
      @Parameter(description = "First day, YYYY-MM-DD (Beijing time)") @QueryParam("from")
          String from,
      @Parameter(description = "Last day, YYYY-MM-DD, included") @QueryParam("to") String to) {
    LocalDate last = to == null ? clock.today() : date("to", to);
    LocalDate first = from == null ? last.minusDays(29) : date("from", from);
    return desk(first, last);
  }

  /** The use case behind {@link #statistics} and the desk statistics page. */
  @RolesAllowed({Roles.CONSULTANT, Roles.DISTRICT_ADMIN})
  public DeskView desk(LocalDate from, LocalDate to) {
    if (to.isBefore(from) || to.isAfter(from.plusYears(5))) {
      throw ProblemException.invalidField("to", "consultation.period");
    }
    OffsetDateTime start = from.atStartOfDay(clock.zone()).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(clock.zone()).toOffsetDateTime();
    return new DeskView(
        from,
        to,
        statistics.figures(DeskStatistics.By.ALL, start, end).get(0),
        statistics.figures(DeskStatistics.By.TOPIC, start, end),
        statistics.figures(DeskStatistics.By.GROUP, start, end),
        statistics.figures(DeskStatistics.By.CONSULTANT, start, end),
        statistics.backlog());
  }

  private static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (RuntimeException e) {
      throw ProblemException.invalidField(field, "consultation.date.format");
    }
  }

  @GET
  @Path("specialists")
  @RolesAllowed({Roles.CONSULTANT, Roles.DISTRICT_ADMIN})
  @Operation(
      summary = "The specialist groups' members and when each was last given a question",
      operationId = "listConsultationSpecialists")
  @APIResponse(
      responseCode = "200",
      description = "Every specialist group's members",
      content = @Content(schema = @Schema(ref = "Specialist")),
      extensions = @Extension(name = Documented.LIST, value = "true"))
  public List<ConsultationForms.Member> specialists() {
    return routing.specialists().stream()
        .map(
            s ->
                new ConsultationForms.Member(
                    s.group(),
                    s.account().username(),
                    s.account().displayName(),
                    s.lastAssignedAt()))
        .toList();
  }

  @PUT
  @Path("specialists/{group}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "Set a specialist group's members (the station's enabled consultants)",
      description = "Replaces the members; questions of the group's topics go round-robin to them.",
      operationId = "setConsultationSpecialistGroup")
  @APIResponse(
      responseCode = "200",
      description = "The group's members now",
      content = @Content(schema = @Schema(ref = "Specialist")),
      extensions = @Extension(name = Documented.LIST, value = "true"))
  public List<ConsultationForms.Member> setSpecialists(
      @PathParam("group") String group, @Valid @NotNull ConsultationForms.Members form) {
    String g = group.strip();
    if (g.isEmpty() || g.length() > Specialist.MAX_GROUP) {
      throw ProblemException.invalidField(
          "group", "consultation.group.length", Specialist.MAX_GROUP);
    }
    routing.replace(g, form.members());
    em.flush();
    changed.fire(
        new Changed(
            "consultation-specialist-group",
            g,
            "members-set",
            Map.of(),
            Map.of("members", form.members()),
            null,
            caller.organisationRef()));
    return specialists().stream().filter(m -> m.group().equals(g)).toList();
  }

  @PUT
  @Path("service-levels/{topic}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "Revise a topic's specialist group and service levels (ISO-8601 working time)",
      description = "Clocks of open consultations are read with the new levels from now on.",
      operationId = "updateConsultationServiceLevel")
  @APIResponse(
      responseCode = "200",
      description = "The topic's revised service levels",
      content = @Content(schema = @Schema(ref = "ServiceLevel")))
  public ConsultationForms.Level reviseLevel(
      @PathParam("topic") Topic topic, @Valid @NotNull ConsultationForms.Level form) {
    if (topic == null) {
      throw ProblemException.notFound("topic", "");
    }
    ServiceLevel level = consultations.level(topic);
    Map<String, Object> before = levelSnapshot(level);
    level.revise(
        form.specialistGroup(),
        duration("firstResponse", form.firstResponse()),
        duration("nextUpdate", form.nextUpdate()),
        duration("resolution", form.resolution()));
    em.flush();
    changed.fire(
        new Changed(
            "consultation-service-level",
            topic.name(),
            "revised",
            before,
            levelSnapshot(level),
            null,
            caller.organisationRef()));
    return ConsultationForms.Level.of(level);
  }

  private static Map<String, Object> levelSnapshot(ServiceLevel l) {
    return Map.of(
        "specialistGroup", l.specialistGroup(),
        "firstResponse", l.firstResponse().toString(),
        "nextUpdate", l.nextUpdate().toString(),
        "resolution", l.resolution().toString());
  }

  private static java.time.Duration duration(String field, String iso) {
    try {
      return java.time.Duration.parse(iso);
    } catch (RuntimeException e) {
      throw ProblemException.invalidField(field, "consultation.level.format");
    }
  }

  @POST
  @Path("{id}/article")
  @RolesAllowed(Roles.CONSULTANT)
  @Operation(
      summary = "Promote the station's answer to a draft knowledge-base article",
      description =
          "The subject becomes the title, the question and the station's last answer (never an"
              + " internal note) the body, in the language they are written in; the asker is not"
              + " named. Edit and publish it under /api/knowledge/articles.",
      operationId = "promoteConsultationToArticle")
  @APIResponse(
      responseCode = "201",
      description = "The new draft article",
      content = @Content(schema = @Schema(ref = "Article")))
  public Response promote(@PathParam("id") String id) {
    return ArticlesResource.created(knowledge.promote(id));
  }

  private void attach(
      Consultation c,
      ConsultationMessage message,
      List<ConsultationForms.Attachment> attachments,
      OffsetDateTime now) {
    if (attachments != null) {
      for (ConsultationForms.Attachment a : attachments) {
        c.attach(
            message,
            a.fileName(),
            a.mediaType(),
            a.sizeBytes(),
            a.reference(),
            caller.username(),
            now);
      }
    }
  }

  /** A status change: If-Match, the change, then breaches recorded and the audit entry. */
  private Response move(
      Consultation c,
      String ifMatch,
      String action,
      java.util.function.BiConsumer<Consultation, OffsetDateTime> change) {
    ETags.requireMatch(ifMatch, c.version());
    OffsetDateTime now = clock.now();
    consultations.observe(c, now);
    Map<String, Object> before = c.snapshot();
    change.accept(c, now);
    return changed(c, before, action, now);
  }

  private Response changed(
      Consultation c, Map<String, Object> before, String action, OffsetDateTime now) {
    Consultations.Clocks clocks = consultations.observe(c, now);
    em.flush();
    audit(c, action, before, null);
    return ok(c, clocks);
  }

  private Response ok(Consultation c, Consultations.Clocks clocks) {
    return ETags.ok(view(c, clocks), c.version());
  }

  private ConsultationView view(Consultation c, Consultations.Clocks clocks) {
    LicenceApplication a = c.licenceApplication();
    return ConsultationView.of(
        c,
        clocks,
        consultations.station(),
        a == null ? null : ConsultationView.LicenceRef.of(a, statutoryClocks.of(a)));
  }

  private void audit(Consultation c, String action, Map<String, Object> before, String reason) {
    changed.fire(
        new Changed(
            Consultations.ENTITY,
            c.publicId().toString(),
            action,
            before,
            c.snapshot(),
            reason,
            c.askerOrganisation().id()));
  }
}
