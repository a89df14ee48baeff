package org.clinbridge.funding.boundary;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.funding.control.FundLedger;
import org.clinbridge.funding.control.Funds;
import org.clinbridge.funding.control.LedgerEntries;
import org.clinbridge.funding.entity.FundPool;
import org.clinbridge.funding.entity.Grant;
import org.clinbridge.funding.entity.PoolExhausted;
import org.clinbridge.funding.entity.TranchePlan;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.control.Projects;
import org.clinbridge.projects.entity.Milestone;
import org.clinbridge.projects.entity.Project;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The proof-of-concept fund's pools, their statements and the grants awarded from them. District
 * administrators run the fund; technology managers read it.
 */
@Boundary
@Path("fund-pools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "fund", description = "The proof-of-concept fund")
public class FundPoolsResource {
  @Inject Funds funds;
  @Inject FundLedger ledger;
  @Inject LedgerEntries entries;
  @Inject ProjectAccess access;
  @Inject Caller caller;
  @Inject Projects projects;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TECH_MANAGER})
  @Operation(
      summary = "The pools, newest period first, each with its statement",
      operationId = "listFundPools")
  @APIResponse(
      responseCode = "200",
      description = "One page of fund pools",
      content = @Content(schema = @Schema(ref = "FundPool")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<FundViews.PoolView> list(
      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    return Page.of(
        funds.pools(request),
        request.limit(),
        p -> FundViews.PoolView.of(p, ledger.statement(p)),
        p -> Cursor.of(Funds.POOLS, p.periodStart(), p.publicId()));
  }

  @POST
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(summary = "Open a pool with a total and a period", operationId = "createFundPool")
  @APIResponse(
      responseCode = "201",
      description = "The opened fund pool",
      content = @Content(schema = @Schema(ref = "FundPool")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@Valid @NotNull FundForms.NewPoolForm form, @Context UriInfo uri) {
    FundPool p = openPool(form);
    return ETags.created(
        uri.getAbsolutePathBuilder().path(p.publicId().toString()).build(),
        FundViews.PoolView.of(p, ledger.statement(p)),
        p.version());
  }

  /** Opens a pool: the use case behind {@code POST /api/fund-pools} and the fund page's dialog. */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public FundPool openPool(@Valid @NotNull FundForms.NewPoolForm form) {
    FundPool p =
        new FundPool(
            BilingualText.of(form.name()),
            form.total(),
            form.periodStart(),
            form.periodEnd(),
            clock.now());
    em.persist(p);
    em.flush();
    changed.fire(
        new Changed(
            "fund-pool", p.publicId().toString(), "created", Map.of(), snapshot(p), null, null));
    return p;
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TECH_MANAGER})
  @Operation(summary = "One pool with its statement and ETag", operationId = "getFundPool")
  @APIResponse(
      responseCode = "200",
      description = "The fund pool",
      content = @Content(schema = @Schema(ref = "FundPool")))
  public Response get(@PathParam("id") UUID id) {
    FundViews.PoolView p = read(id);
    return ETags.ok(p, p.version());
  }

  /** One pool with its statement: the use case behind {@code GET} and the pool page. */
  @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TECH_MANAGER})
  public FundViews.PoolView read(UUID id) {
    FundPool p = pool(id);
    return FundViews.PoolView.of(p, ledger.statement(p));
  }

  @GET
  @Path("{id}/ledger")
  @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TECH_MANAGER})
  @Operation(
      summary = "The pool's ledger: every movement of its money, oldest first (whole)",
      description =
          "The pool opened, grants awarded (committed), tranches released, withdrawn by a no-go"
              + " or a cancelled milestone (back to the pool) and reinstated by a later go, each"
              + " with when and by whom, as the audit trail recorded it. A technology manager sees"
              + " the movements of the grants to the projects assigned to them.",
      operationId = "listFundPoolLedger")
  @APIResponse(
      responseCode = "200",
      description = "The pool's ledger as one page",
      content = @Content(schema = @Schema(ref = "LedgerEntry")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<FundViews.LedgerEntryView> ledger(@PathParam("id") UUID id) {
    FundPool p = pool(id);
    return new Page<>(
        entries.of(p, caller.isDistrictAdmin() ? null : caller.accountId()).stream()
            .map(FundViews.LedgerEntryView::of)
            .toList(),
        null);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "Rename a pool or change its period (If-Match required)",
      operationId = "updateFundPool")
  @APIResponse(
      responseCode = "200",
      description = "The changed fund pool",
      content = @Content(schema = @Schema(ref = "FundPool")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull FundForms.PoolForm form) {
    FundPool p = pool(id);
    ETags.requireMatch(ifMatch, p.version());
    Map<String, Object> before = snapshot(p);
    p.revise(BilingualText.of(form.name()), form.periodStart(), form.periodEnd());
    em.flush();
    changed.fire(
        new Changed(
            "fund-pool", p.publicId().toString(), "updated", before, snapshot(p), null, null));
    return ETags.ok(FundViews.PoolView.of(p, ledger.statement(p)), p.version());
  }

  @GET
  @Path("{id}/statement")
  @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TECH_MANAGER})
  @Operation(
      summary = "Committed, released and free money of the pool, as of now",
      operationId = "getFundPoolStatement")
  @APIResponse(
      responseCode = "200",
      description = "The pool's statement",
      content = @Content(schema = @Schema(ref = "PoolStatement")))
  public FundViews.StatementView statement(@PathParam("id") UUID id) {
    return FundViews.StatementView.of(ledger.statement(pool(id)));
  }

  @GET
  @Path("{id}/grants")
  @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TECH_MANAGER})
  @Operation(
      summary = "The pool's grants in the order they were awarded",
      description =
          "All of them for district administrators; for a technology manager, those to the"
              + " projects assigned to them",
      operationId = "listFundPoolGrants")
  @APIResponse(
      responseCode = "200",
      description = "One page of the pool's grants",
      content = @Content(schema = @Schema(ref = "Grant")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<FundViews.GrantView> grants(
      @PathParam("id") UUID id,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    FundPool p = pool(id);
    PageRequest request = PageRequest.of(limit, cursor);
    List<Grant> grants =
        caller.isDistrictAdmin()
            ? funds.grants(p, request)
            : funds.grantsManagedBy(p, caller.accountId(), request);
    return Page.of(grants, request.limit(), FundViews.GrantView::of, Funds::cursorOf);
  }

  @POST
  @Path("{id}/grants")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "Award a grant to a project, in tranches tied to its milestones",
      description =
          "The pool's committed sum never exceeds its total: an award the pool cannot cover is a"
              + " 409 fund-pool-exhausted, also when many awards race.",
      operationId = "awardGrant")
  @APIResponse(
      responseCode = "201",
      description = "The awarded grant",
      content = @Content(schema = @Schema(ref = "Grant")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response award(
      @PathParam("id") UUID id, @Valid @NotNull FundForms.AwardForm form, @Context UriInfo uri) {
    Grant g = awardGrant(id, form);
    return Response.created(
            uri.getBaseUriBuilder().path("grants").path(g.publicId().toString()).build())
        .entity(FundViews.GrantView.of(g))
        .build();
  }

  /**
   * Awards a grant from the pool: the use case behind {@code POST /api/fund-pools/{id}/grants} and
   * the award dialog of the project page's grants tab.
   */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public Grant awardGrant(UUID id, @Valid @NotNull FundForms.AwardForm form) {
    FundPool pool = pool(id);
    Project project = access.visible(form.projectId());
    List<TranchePlan> plan = new ArrayList<>();
    for (int i = 0; i < form.tranches().size(); i++) {
      FundForms.TrancheForm t = form.tranches().get(i);
      Milestone m =
          projects
              .milestone(project, t.milestoneId())
              .orElseThrow(
                  () ->
                      ProblemException.invalidField(
                          "tranches[" + plan.size() + "].milestoneId",
                          "reference.unknown",
                          new Bilingual("里程碑", "milestone")));
      plan.add(new TranchePlan(m, t.amount()));
    }
    Grant g =
        Grant.award(
            pool,
            project,
            plan,
            form.awardedOn() == null ? clock.today() : form.awardedOn(),
            access.actor(),
            clock.now());
    if (!ledger.commit(pool, g.amount())) {
      throw new PoolExhausted(pool, g.amount(), ledger.statement(pool).free());
    }
    em.persist(g);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("pool", pool.publicId().toString());
    after.put("project", project.publicId().toString());
    after.put("amount", g.amount().toPlainString());
    after.put("tranches", g.tranches().size());
    changed.fire(
        new Changed(
            "grant",
            g.publicId().toString(),
            "awarded",
            Map.of(),
            after,
            null,
            project.owner().id()));
    return g;
  }

  private FundPool pool(UUID id) {
    return funds.pool(id).orElseThrow(() -> ProblemException.notFound("fund-pool", id));
  }

  private static Map<String, Object> snapshot(FundPool p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name.zh", p.name().zh());
    m.put("name.en", p.name().en());
    m.put("total", p.total().toPlainString());
    m.put("periodStart", p.periodStart().toString());
    m.put("periodEnd", p.periodEnd().toString());
    return m;
  }
}
