package org.clinbridge.reference.boundary;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.reference.control.CalendarNotices;
import org.clinbridge.reference.control.WorkingHours;
import org.clinbridge.reference.entity.WorkingHoursSchedule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The consultation station's working hours, on which its service levels count: public to read, a
 * district administrator changes them; the working time between two instants and the instant a
 * working time ends, as {@link WorkingHours} computes them for other areas.
 */
@Boundary
@Path("reference/working-hours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference")
public class WorkingHoursResource {
  @PersistenceContext EntityManager em;
  @Inject CalendarNotices notices;
  @Inject Caller caller;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;
  @Inject WorkingHours hours;

  /** A year of working hours at most: further is a planning question, not a deadline. */
  static final Duration MAX_WORK = Duration.ofHours(2500);

  @GET
  @PermitAll
  @Operation(
      summary = "The station's working hours on working days, with their ETag",
      operationId = "getWorkingHours")
  @APIResponse(
      responseCode = "200",
      description = "The working hours",
      content = @Content(schema = @Schema(ref = "WorkingHours")))
  public Response get() {
    WorkingHoursSchedule w = station();
    return ETags.ok(CalendarViews.HoursView.of(w), w.version());
  }

  @PUT
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the station's working hours (If-Match)",
      description = "periods in the order of the day, e.g. 09:00-12:00,13:30-17:30",
      operationId = "updateWorkingHours")
  @APIResponse(
      responseCode = "200",
      description = "The changed working hours",
      content = @Content(schema = @Schema(ref = "WorkingHours")))
  public Response change(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull CalendarForms.HoursForm form) {
    WorkingHoursSchedule w = station();
    ETags.requireMatch(ifMatch, w.version());
    notices.bump();
    Map<String, Object> before = w.snapshot();
    w.change(form.zone(), form.periods(), caller.username(), clock.now());
    em.flush();
    changed.fire(
        new Changed("working-hours", w.schedule(), "changed", before, w.snapshot(), null, null));
    return ETags.ok(CalendarViews.HoursView.of(w), w.version());
  }

  @GET
  @Path("elapsed")
  @PermitAll
  @Operation(
      summary = "The station's working time between two instants (no pauses)",
      description =
          "from and to are ISO-8601 instants, e.g. 2026-02-13T08:00:00Z. A date of a year the"
              + " calendar does not hold is a 422 calendar-year-not-held.",
      operationId = "getWorkingTimeElapsed")
  @APIResponse(
      responseCode = "200",
      description = "The working time between the two instants",
      content = @Content(schema = @Schema(ref = "WorkingTimeElapsed")))
  public CalendarViews.Elapsed elapsed(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    Instant start = instant(from, "from");
    Instant end = instant(to, "to");
    Duration d = hours.elapsed(start, end, List.of());
    return new CalendarViews.Elapsed(start, end, d, d.toMinutes());
  }

  @GET
  @Path("after")
  @PermitAll
  @Operation(
      summary = "The instant at which a working time will have elapsed on the station's hours",
      description = "from an ISO-8601 instant, work an ISO-8601 duration such as PT9H30M.",
      operationId = "getWorkingTimeEnd")
  @APIResponse(
      responseCode = "200",
      description = "The instant the working time ends",
      content = @Content(schema = @Schema(ref = "WorkingTimeEnds")))
  public CalendarViews.After after(
      @QueryParam("from") String from, @QueryParam("work") String work) {
    Instant start = instant(from, "from");
    Duration w;
    try {
      w = Duration.parse(work == null ? "" : work.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField("work", "working-hours.duration", work);
    }
    if (w.isNegative() || w.compareTo(MAX_WORK) > 0) {
      throw ProblemException.invalidField("work", "working-hours.duration", work);
    }
    return new CalendarViews.After(start, w, hours.instantAfter(start, w, List.of()));
  }

  private static Instant instant(String value, String param) {
    try {
      return Instant.parse(value == null ? "" : value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(param, "working-hours.instant", value);
    }
  }

  private WorkingHoursSchedule station() {
    return em.find(WorkingHoursSchedule.class, WorkingHoursSchedule.STATION);
  }
}
