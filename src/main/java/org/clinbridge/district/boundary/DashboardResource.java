package org.clinbridge.district.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.clinbridge.consultation.control.DeskStatistics;
import org.clinbridge.contracts.control.ContractFigures;
import org.clinbridge.funding.control.FundFigures;
import org.clinbridge.licensing.control.LicenceFigures;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.CsvDownload;
import org.clinbridge.projects.control.ManagedBy;
import org.clinbridge.projects.control.PipelineFigures;
import org.clinbridge.projects.control.Upcoming;
import org.clinbridge.scenes.control.SceneFigures;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The district dashboard and a technology manager's portfolio. District administrators see the
 * whole district (or one manager's portfolio with {@code manager}); a technology manager sees the
 * figures of the projects they follow, never the district's. Every figure is an aggregate the
 * database computes; nothing is loaded row by row.
 */
@Boundary
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "dashboard",
    description = "The district's figures and a technology manager's portfolio")
public class DashboardResource {
  /** Items of each kind in a portfolio, the earliest first. */
  static final int PORTFOLIO_ITEMS = 50;

  @Inject PipelineFigures pipeline;
  @Inject FundFigures fund;
  @Inject ContractFigures contracts;
  @Inject SceneFigures scenes;
  @Inject LicenceFigures licences;
  @Inject DeskStatistics desk;
  @Inject Caller caller;
  @Inject DistrictClock clock;

  /**
   * How long an instance keeps a computed dashboard: the figures sum whole tables, so a page
   * reloaded, a second administrator and each chart's CSV within this time share one computation;
   * {@code Cache-Control: no-cache} asks for fresh figures, and every answer says when it was
   * computed ({@code asOf}). 0 computes every time.
   */
  @Inject
  @ConfigProperty(name = "dashboard.cache-seconds", defaultValue = "60")
  int cacheSeconds;

  private Cache<Key, DashboardView> recent;

  private record Key(UUID manager, LocalDate from, LocalDate to) {}

  @PostConstruct
  void start() {
    recent =
        Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(Math.max(0, cacheSeconds)))
            .maximumSize(1000)
            .build();
  }

  /** A manager's portfolio: what falls due by a day, across the areas, the earliest first. */
  @Schema(name = "Portfolio")
  public record PortfolioView(UUID manager, LocalDate until, List<Upcoming> items) {}

  @GET
  @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TECH_MANAGER})
  @Operation(
      summary = "The district's figures for a period (default: the last twelve months)",
      description =
          "The project funnel (by stage now, reached, conversion, median days of the stays that"
              + " ended in the period), TRL distribution, fund pools and tranches by milestone"
              + " outcome, technology contracts by month and type, scenes and applications by"
              + " hospital and type, licences by state with the supplements due and certificates"
              + " in their renewal window, and the consultation desk. A technology manager gets"
              + " the figures of their own projects.",
      operationId = "getDistrictDashboard")
  @APIResponse(
      responseCode = "200",
      description = "The dashboard's figures",
      content = @Content(schema = @Schema(ref = "Dashboard")))
  public DashboardView get(
      @Parameter(description = "First day, YYYY-MM-DD (Beijing time)") @QueryParam("from")
          String from,
      @Parameter(description = "Last day, YYYY-MM-DD, included") @QueryParam("to") String to,
      @Parameter(description = "District administrators: one technology manager's portfolio")
          @QueryParam("manager")
          String manager,
      @Parameter(description = "no-cache: compute the figures now, not reuse the last minute's")
          @HeaderParam("Cache-Control")
          String cacheControl) {
    LocalDate last = to == null ? clock.today() : date("to", to);
    LocalDate first = from == null ? last.minusMonths(12).plusDays(1) : date("from", from);
    boolean fresh = cacheControl != null && cacheControl.contains("no-cache");
    return dashboard(first, last, managerOf(manager), fresh);
  }

  /**
   * The use case behind {@link #get} and the dashboard page: the figures of the caller's scope,
   * computed within the last {@code dashboard.cache-seconds} unless {@code fresh}.
   */
  @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TECH_MANAGER})
  public DashboardView dashboard(LocalDate from, LocalDate to, UUID manager, boolean fresh) {
    if (to.isBefore(from) || to.isAfter(from.plusYears(5))) {
      throw ProblemException.invalidField("to", "dashboard.period");
    }
    ManagedBy scope = scope(manager);
    Key key = new Key(scope.manager(), from, to);
    DashboardView cached = fresh || cacheSeconds <= 0 ? null : recent.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    DashboardView view = compute(from, to, scope);
    recent.put(key, view);
    return view;
  }

  private DashboardView compute(LocalDate from, LocalDate to, ManagedBy scope) {
    OffsetDateTime start = from.atStartOfDay(clock.zone()).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(clock.zone()).toOffsetDateTime();
    PipelineFigures.Pipeline projects = pipeline.figures(start, end, scope);
    LocalDate today = clock.today();
    return new DashboardView(
        from,
        to,
        clock.now(),
        scope.wholeDistrict() ? "DISTRICT" : "PORTFOLIO",
        scope.manager(),
        projects.stages(),
        projects.trl(),
        fund.pools(scope),
        fund.outcomes(from, to.plusDays(1), scope),
        contracts.months(from, to.plusDays(1), scope),
        scenes.hospitals(start, end, scope),
        licences.states(scope),
        licences.supplements(scope),
        licences.renewals(today, scope),
        desk.figures(DeskStatistics.By.ALL, start, end, scope).get(0),
        desk.backlog(scope).stream().mapToLong(DeskStatistics.Backlog::count).sum(),
        DashboardView.Drill.PATHS);
  }

  @GET
  @Path("{chart}.csv")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TECH_MANAGER})
  @Operation(
      summary =
          "One chart's data as CSV (UTF-8 with a byte-order mark, headers in the caller's"
              + " language)",
      description = "Charts: " + DashboardTables.CHARTS,
      operationId = "exportDashboardChartCsv")
  @APIResponse(
      responseCode = "200",
      description = "The chart's data as UTF-8 CSV",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response csv(
      @PathParam("chart") String chart,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("manager") String manager,
      @Context HttpHeaders headers) {
    DashboardTables.Table table =
        DashboardTables.of(
                get(from, to, manager, headers.getHeaderString("Cache-Control")),
                AcceptLanguage.of(headers))
            .table(chart);
    return CsvDownload.of(
        "clinbridge-" + chart + ".csv",
        table.header(),
        csv -> {
          for (List<Object> row : table.rows()) {
            csv.printRecord(row);
          }
        });
  }

  @GET
  @Path("portfolio")
  @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TECH_MANAGER})
  @Operation(
      summary = "What falls due next across a technology manager's projects",
      description =
          "Open milestones, tranches awaiting their milestone review, contracts awaiting the"
              + " office's decision, licence supplements asked for, certificates in their renewal"
              + " window and open consultations, overdue ones included, the earliest first, up to"
              + " 50 of each kind. A technology manager gets their own; a district administrator"
              + " names the manager, or gets the whole district's.",
      operationId = "getManagerPortfolio")
  @APIResponse(
      responseCode = "200",
      description = "The portfolio's items falling due",
      content = @Content(schema = @Schema(ref = "Portfolio")))
  public PortfolioView portfolio(
      @Parameter(description = "Last day, YYYY-MM-DD (default: 90 days from today)")
          @QueryParam("until")
          String until,
      @QueryParam("manager") String manager) {
    LocalDate last = until == null ? clock.today().plusDays(90) : date("until", until);
    return portfolio(last, managerOf(manager));
  }

  /** The use case behind {@link #portfolio(String, String)} and the portfolio page. */
  @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TECH_MANAGER})
  public PortfolioView portfolio(LocalDate until, UUID manager) {
    ManagedBy scope = scope(manager);
    List<Upcoming> items = new ArrayList<>();
    items.addAll(pipeline.milestonesDue(until, scope, PORTFOLIO_ITEMS));
    items.addAll(fund.tranchesDue(until, scope, PORTFOLIO_ITEMS));
    items.addAll(contracts.reviewsDue(until, scope, PORTFOLIO_ITEMS));
    for (LicenceFigures.Deadline d : licences.supplements(scope).first()) {
      if (!d.due().isAfter(until)) {
        items.add(upcoming(d, "SUPPLEMENT_REQUESTED", "app/licence-application.xhtml?id="));
      }
    }
    for (LicenceFigures.Deadline d : licences.renewals(clock.today(), scope).first()) {
      items.add(upcoming(d, "RENEWAL_WINDOW", "app/licences.xhtml?project=" + d.project() + "#"));
    }
    items.addAll(desk.openAboutProjects(scope, clock.zone(), PORTFOLIO_ITEMS));
    items.sort(Comparator.comparing(Upcoming::due).thenComparing(Upcoming::projectCode));
    return new PortfolioView(scope.manager(), until, items);
  }

  private static Upcoming upcoming(LicenceFigures.Deadline d, String state, String link) {
    return new Upcoming(
        d.kind(),
        d.due(),
        d.project(),
        d.projectCode(),
        d.productZh(),
        d.productEn(),
        state,
        null,
        link + d.id());
  }

  /**
   * A technology manager sees their own projects only, whatever they ask for; a district
   * administrator the district, or the manager they name.
   */
  private ManagedBy scope(UUID manager) {
    if (caller.isDistrictAdmin()) {
      return manager == null ? ManagedBy.DISTRICT : ManagedBy.manager(manager);
    }
    return ManagedBy.manager(caller.accountId());
  }

  private static UUID managerOf(String manager) {
    if (manager == null || manager.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(manager);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("manager", "dashboard.manager");
    }
  }

  private static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (RuntimeException e) {
      throw ProblemException.invalidField(field, "dashboard.date.format");
    }
  }
}
