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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.reference.control.CalendarNotices;
import org.clinbridge.reference.entity.WorkingHoursSchedule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The consultation station's working hours, on which its service levels count: public to read, a
 * district administrator changes them.
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

  @GET
  @PermitAll
  @Operation(summary = "The station's working hours on working days, with their ETag")
  public Response get() {
    WorkingHoursSchedule w = station();
    return Response.ok(CalendarViews.HoursView.of(w)).tag(ETags.of(w.version())).build();
  }

  @PUT
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the station's working hours (If-Match)",
      description = "periods in the order of the day, e.g. 09:00-12:00,13:30-17:30")
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
    return Response.ok(CalendarViews.HoursView.of(w)).tag(ETags.of(w.version())).build();
  }

  private WorkingHoursSchedule station() {
    return em.find(WorkingHoursSchedule.class, WorkingHoursSchedule.STATION);
  }
}
