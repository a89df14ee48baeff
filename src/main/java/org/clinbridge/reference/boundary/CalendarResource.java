package org.clinbridge.reference.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violation;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.voiding.VoidForm;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.platform.web.Uploads;
import org.clinbridge.reference.control.CalendarFile;
import org.clinbridge.reference.control.CalendarNotices;
import org.clinbridge.reference.control.WorkingCalendar;
import org.clinbridge.reference.entity.CalendarDay;
import org.clinbridge.reference.entity.CalendarDays;
import org.clinbridge.reference.entity.CalendarYear;
import org.clinbridge.reference.entity.NoticeDay;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * China's official working-day calendar (docs/calendar.md): the days of a range, working-day
 * arithmetic, the years held with their notices, and a district administrator's changes: a year's
 * notice added, a date added, corrected or removed with a reason. Reading is public, like the other
 * reference data: the calendar is the State Council's published notices and nothing else.
 */
@Boundary
@Path("reference/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference")
public class CalendarResource {
  /** The longest range one list answers: a year, leap day included. */
  static final int MAX_RANGE_DAYS = 366;

  /** A notice's file is a few kilobytes; a generous bound refuses a stray huge upload unread. */
  static final int MAX_CSV_BYTES = 1024 * 1024;

  @Inject WorkingCalendar calendar;
  @Inject CalendarNotices notices;
  @Inject Caller caller;

  @GET
  @PermitAll
  @Operation(
      summary = "Every date from one day to another (at most 366), worked or not, and why",
      description =
          "kind is HOLIDAY or WORKDAY where a notice names the date (with its names), else WEEKDAY"
              + " or WEEKEND. A date of a year not held is a 422 calendar-year-not-held.",
      operationId = "listCalendarDays")
  @APIResponse(
      responseCode = "200",
      description = "Every date of the range, in one page",
      content = @Content(schema = @Schema(ref = "CalendarDay")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<CalendarViews.DayView> days(
      @Parameter(description = "First date, YYYY-MM-DD", required = true) @QueryParam("from")
          String from,
      @Parameter(
              description = "Last date, YYYY-MM-DD, at most 365 days after from",
              required = true)
          @QueryParam("to")
          String to) {
    LocalDate first = date(from, "from", true);
    LocalDate last = date(to, "to", true);
    if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
      throw ProblemException.invalidField("to", "calendar.range", MAX_RANGE_DAYS);
    }
    CalendarDays days = calendar.days();
    days.requireHeld(first);
    days.requireHeld(last);
    Map<LocalDate, CalendarDay> named = new HashMap<>();
    for (CalendarDay d : notices.liveDays(first, last)) {
      named.put(d.date(), d);
    }
    List<CalendarViews.DayView> views = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      CalendarDay row = named.get(d);
      views.add(
          row == null ? CalendarViews.DayView.ordinary(d, days) : CalendarViews.DayView.of(row));
    }
    return new Page<>(views, null);
  }

  @GET
  @Path("working-days")
  @PermitAll
  @Operation(
      summary = "The date N working days after a date (add), or the working days between two (to)",
      description =
          "Counting starts the day after from: from=2026-02-12&add=5 answers 2026-02-26."
              + " from=&to= counts the working days after from up to and including to.",
      operationId = "computeWorkingDays")
  @APIResponse(
      responseCode = "200",
      description =
          "With add: the date reached (WorkingDaysAdded); with to: the working days between"
              + " (WorkingDaysBetween)",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description =
                          "WorkingDaysAdded {from, add, date} when add is given, else"
                              + " WorkingDaysBetween {from, to, workingDays}")))
  public Object workingDays(
      @Parameter(description = "YYYY-MM-DD", required = true) @QueryParam("from") String from,
      @Parameter(description = "Working days to add (negative counts back), -3660 to 3660")
          @QueryParam("add")
          String add,
      @Parameter(description = "YYYY-MM-DD") @QueryParam("to") String to) {
    LocalDate start = date(from, "from", true);
    if ((add == null) == (to == null)) {
      throw ProblemException.invalidField("add", "calendar.add-or-to");
    }
    if (to != null) {
      LocalDate end = date(to, "to", true);
      return new CalendarViews.Between(start, end, calendar.workingDaysBetween(start, end));
    }
    int n;
    try {
      n = Integer.parseInt(add.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField("add", "calendar.add", 3660);
    }
    if (Math.abs(n) > 3660) {
      throw ProblemException.invalidField("add", "calendar.add", 3660);
    }
    return new CalendarViews.Added(start, n, calendar.addWorkingDays(start, n));
  }

  @GET
  @Path("years")
  @PermitAll
  @Operation(
      summary = "The years the calendar holds, with their notices",
      operationId = "listCalendarYears")
  @APIResponse(
      responseCode = "200",
      description = "Every year held, in one page",
      content = @Content(schema = @Schema(ref = "CalendarYear")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<CalendarViews.YearView> years() {
    return new Page<>(
        notices.years().stream().map(y -> CalendarViews.YearView.of(y, null)).toList(), null);
  }

  @GET
  @Path("years/{year}")
  @PermitAll
  @Operation(
      summary = "A year held, with the dates its notice names",
      operationId = "getCalendarYear")
  @APIResponse(
      responseCode = "200",
      description = "The year with its dates",
      content = @Content(schema = @Schema(ref = "CalendarYear")))
  public CalendarViews.YearView year(
      @PathParam("year") int year, @QueryParam("includeVoided") boolean includeVoided) {
    CalendarYear y = notices.year(year).orElseThrow(() -> ProblemException.notFound("year", year));
    return CalendarViews.YearView.of(y, notices.daysOf(year, includeVoided));
  }

  @POST
  @Path("years")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a year's notice on public holidays with every date it names",
      description =
          "Each November the State Council publishes the next year's notice. days lists each"
              + " HOLIDAY (a day off, weekends inside the holiday included) and each WORKDAY (a"
              + " Saturday or Sunday worked), in the year or in the December before. All or"
              + " nothing: every wrong date is a violation named days[i].field.",
      operationId = "addCalendarYear")
  @APIResponse(
      responseCode = "201",
      description = "Added; Location names the year",
      content = @Content(schema = @Schema(ref = "CalendarYear")))
  public Response addYear(
      @Valid @NotNull CalendarForms.NoticeForm form,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    int year = form.year();
    requireNotHeld(year);
    List<NoticeDay> rows = form.days().stream().map(CalendarForms.DayForm::row).toList();
    List<NoticeDay.Problem> problems = new ArrayList<>(NoticeDay.check(year, rows));
    List<LocalDate> dates = rows.stream().map(NoticeDay::date).toList();
    for (CalendarDay taken : notices.liveDays(dates)) {
      problems.add(taken(dates.indexOf(taken.date()), taken));
    }
    refuse(problems, i -> "days[" + i + "].", locale(headers));
    return held(year, form.notice(), form.noticePublished(), rows, uri);
  }

  @POST
  @Path("years/{year}/notice")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Add a year's notice from a CSV file in the bundled file's columns",
      description =
          "UTF-8, header date,kind,name_zh,name_en, one date per line (2027-02-06,HOLIDAY,春节,"
              + "Spring Festival). All or nothing: every wrong line is a violation named"
              + " 'line <n>: <column>' of a 400 import-rejected.",
      operationId = "importCalendarYearCsv")
  @APIResponse(
      responseCode = "201",
      description = "Added; Location names the year",
      content = @Content(schema = @Schema(ref = "CalendarYear")))
  public Response addYearFromCsv(
      @PathParam("year") int year,
      @Parameter(description = "The notice's title or document number", required = true)
          @QueryParam("notice")
          String notice,
      @Parameter(description = "The day it was published, YYYY-MM-DD") @QueryParam("published")
          String published,
      InputStream body,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    if (year < CalendarYear.FIRST || year > CalendarYear.LAST) {
      throw ProblemException.invalidField(
          "year", "calendar.year", CalendarYear.FIRST, CalendarYear.LAST);
    }
    if (notice == null || notice.isBlank() || notice.strip().length() > CalendarYear.NOTICE_MAX) {
      throw ProblemException.invalidField("notice", "calendar.notice", CalendarYear.NOTICE_MAX);
    }
    LocalDate publishedOn = date(published, "published", false);
    requireNotHeld(year);
    CalendarFile.Parsed parsed = CalendarFile.read(Uploads.utf8(body, MAX_CSV_BYTES));
    List<CalendarFile.Problem> problems = new ArrayList<>(parsed.problemsAsNoticeOf(year));
    List<LocalDate> dates = parsed.days().stream().map(NoticeDay::date).toList();
    for (CalendarDay taken : notices.liveDays(dates.stream().filter(d -> d != null).toList())) {
      NoticeDay.Problem p = taken(0, taken);
      long line = parsed.lines().get(dates.indexOf(taken.date())).line();
      problems.add(new CalendarFile.Problem(line, p.field(), p.key(), p.args()));
    }
    if (!problems.isEmpty()) {
      Messages messages = Messages.problems(locale(headers));
      List<Violation> violations = new ArrayList<>();
      for (CalendarFile.Problem p : problems) {
        String field =
            p.field().isEmpty() ? "line " + p.line() : "line " + p.line() + ": " + p.field();
        violations.add(new Violation(field, messages.text(p.key(), p.args())));
      }
      throw new ProblemException(
          400, "import-rejected", "import-rejected.detail", violations, violations.size());
    }
    return held(year, notice, publishedOn, parsed.days(), uri);
  }

  /** Refuses a year already held (409), after taking the calendar's lock for the change. */
  private void requireNotHeld(int year) {
    notices.bump();
    if (notices.year(year).isPresent()) {
      throw new ProblemException(409, "calendar-year-held", "calendar-year-held.detail", year);
    }
  }

  private static NoticeDay.Problem taken(int index, CalendarDay taken) {
    return new NoticeDay.Problem(
        index, "date", "calendar.date.taken", taken.date(), taken.noticeYear());
  }

  private Response held(
      int year, String notice, LocalDate published, List<NoticeDay> rows, UriInfo uri) {
    CalendarYear y =
        notices.hold(
            year,
            new CalendarNotices.Notice(notice.strip(), published),
            rows,
            caller.username(),
            null);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("reference/calendar/years")
                .path(Integer.toString(year))
                .build())
        .entity(CalendarViews.YearView.of(y, notices.daysOf(year, false)))
        .build();
  }

  @POST
  @Path("years/{year}/days")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a date to a held year's notice (a date it was missing)",
      operationId = "addCalendarDay")
  @APIResponse(
      responseCode = "201",
      description = "Added; Location names the date",
      content = @Content(schema = @Schema(ref = "CalendarDay")))
  public Response addDay(
      @PathParam("year") int year,
      @Valid @NotNull CalendarForms.DayForm form,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    CalendarDay d = addDay(year, form, locale(headers));
    return ETags.created(
        uri.getBaseUriBuilder().path("reference/calendar/days").path(d.date().toString()).build(),
        CalendarViews.DayView.of(d),
        d.version());
  }

  /** Adds a date, with field messages in {@code locale} (the page's language). */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public CalendarDay addDay(int year, CalendarForms.DayForm form, Locale locale) {
    notices.year(year).orElseThrow(() -> ProblemException.notFound("year", year));
    NoticeDay row = form.row();
    List<NoticeDay.Problem> problems = new ArrayList<>(NoticeDay.check(year, List.of(row)));
    notices.liveDay(row.date()).ifPresent(taken -> problems.add(taken(0, taken)));
    refuse(problems, i -> "", locale);
    return notices.add(year, row, null);
  }

  @GET
  @Path("days/{date}")
  @PermitAll
  @Operation(
      summary = "One date; with an ETag when a notice names it (to correct or remove it)",
      description = "A date of a year not held is a 422 calendar-year-not-held.",
      operationId = "getCalendarDay")
  @APIResponse(
      responseCode = "200",
      description = "The date",
      content = @Content(schema = @Schema(ref = "CalendarDay")))
  public Response day(@PathParam("date") String date) {
    Day d = dayOf(date);
    Response.ResponseBuilder ok = Response.ok(d.view());
    return (d.etag() == null ? ok : ok.tag(d.etag())).build();
  }

  /**
   * A date as the API and the calendar page's dialog read it: what it is, and the entity tag of the
   * notice's row that names it (null for an ordinary date), against which it is corrected or
   * removed.
   */
  public record Day(CalendarViews.DayView view, String etag) {}

  @PermitAll
  public Day dayOf(String date) {
    LocalDate d = date(date, "date", true);
    CalendarDays days = calendar.days();
    days.requireHeld(d);
    return notices
        .liveDay(d)
        .map(row -> new Day(CalendarViews.DayView.of(row), ETags.of(row.version()).getValue()))
        .orElseGet(() -> new Day(CalendarViews.DayView.ordinary(d, days), null));
  }

  @PUT
  @Path("days/{date}")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Correct the kind or names of a date a notice names (If-Match)",
      operationId = "correctCalendarDay")
  @APIResponse(
      responseCode = "200",
      description = "The corrected date",
      content = @Content(schema = @Schema(ref = "CalendarDay")))
  public Response correct(
      @PathParam("date") String date,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CalendarForms.Correction form,
      @Context HttpHeaders headers) {
    CalendarDay d = correct(date, ifMatch, form, locale(headers));
    return ETags.ok(CalendarViews.DayView.of(d), d.version());
  }

  /** Corrects a date, with field messages in {@code locale} (the page's language). */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public CalendarDay correct(
      String date, String ifMatch, CalendarForms.Correction form, Locale locale) {
    CalendarDay d = named(date);
    ETags.requireMatch(ifMatch, d.version());
    NoticeDay row = new NoticeDay(d.date(), form.kind(), form.name().zh(), form.name().en());
    refuse(row.check(0), i -> "", locale);
    notices.correct(d, form.kind(), BilingualText.of(form.name()));
    return d;
  }

  @POST
  @Path("days/{date}/void")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Remove a date from the calendar with the reason (If-Match)",
      description = "The row stays, voided; the date then follows the week again.",
      operationId = "voidCalendarDay")
  @APIResponse(
      responseCode = "200",
      description = "The voided date",
      content = @Content(schema = @Schema(ref = "CalendarDay")))
  public Response voidDay(
      @PathParam("date") String date,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull VoidForm form) {
    CalendarDay d = named(date);
    ETags.requireMatch(ifMatch, d.version());
    notices.remove(d, form.reason(), caller.username());
    return ETags.ok(CalendarViews.DayView.of(d), d.version());
  }

  private CalendarDay named(String date) {
    LocalDate d = date(date, "date", true);
    return notices.liveDay(d).orElseThrow(() -> ProblemException.notFound("calendar-day", d));
  }

  /** A 400 naming each field at fault, in the caller's language; nothing when all is well. */
  private static void refuse(
      List<NoticeDay.Problem> problems,
      java.util.function.IntFunction<String> prefix,
      Locale locale) {
    if (problems.isEmpty()) {
      return;
    }
    Messages messages = Messages.problems(locale);
    List<Violation> violations = new ArrayList<>();
    for (NoticeDay.Problem p : problems) {
      violations.add(
          new Violation(
              prefix.apply(p.index()) + p.field().replace('_', '.'),
              messages.text(p.key(), p.args())));
    }
    throw new ProblemException(
        400, "validation", "validation.detail", violations, violations.size());
  }

  static LocalDate date(String value, String param, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw ProblemException.invalidField(param, "calendar.required");
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(param, "calendar.date.format", value);
    }
  }

  /** The caller's language; a page calls the use cases without HTTP headers. */
  private static Locale locale(HttpHeaders headers) {
    return headers == null ? Messages.ENGLISH : AcceptLanguage.of(headers);
  }
}
