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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.licensing.control.LicenceAccess;
import org.clinbridge.licensing.control.Licences;
import org.clinbridge.licensing.entity.Certificate;
import org.clinbridge.licensing.entity.CertificateNumber;
import org.clinbridge.licensing.entity.CertificateState;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.voiding.VoidForm;
import org.clinbridge.platform.web.ETags;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Registration certificates and filings: the list of those I see (by state today, or expiring by a
 * date), the lifecycle moves, the renewal granted, voiding.
 */
@Boundary
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "licensing")
public class CertificatesResource {
  @Inject LicenceAccess access;
  @Inject Licences licences;
  @Inject DistrictClock clock;
  @Inject Caller caller;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @SignedIn
  @Operation(
      summary = "The certificates of every project I see, oldest first",
      operationId = "listCertificates")
  @APIResponse(
      responseCode = "200",
      description = "One page of certificates",
      content = @Content(schema = @Schema(ref = "Certificate")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<LicenceViews.CertificateView> list(
      @Parameter(description = "The state today (EXPIRING_SOON and EXPIRED follow from dates)")
          @QueryParam("state")
          String state,
      @Parameter(description = "Only those expiring on or before this date")
          @QueryParam("expiringBy")
          String expiringBy,
      @QueryParam("includeVoided") boolean includeVoided,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    var today = clock.today();
    return Page.of(
        licences.certificates(
            new Licences.CertificateFilter(
                null,
                LicenceApplicationsResource.parse(CertificateState.class, state, "state"),
                today,
                date(expiringBy, "expiringBy"),
                includeVoided),
            request),
        request.limit(),
        c -> LicenceViews.CertificateView.of(c, today),
        Licences::cursorOf);
  }

  @GET
  @Path("{id}")
  @SignedIn
  @Operation(
      summary = "One certificate, its state today, with its ETag",
      operationId = "getCertificate")
  @APIResponse(
      responseCode = "200",
      description = "The certificate",
      content = @Content(schema = @Schema(ref = "Certificate")))
  public Response get(@PathParam("id") UUID id) {
    return ok(access.visibleCertificate(id));
  }

  @POST
  @Path("{id}/moves")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Renewal submitted, suspended, reinstated, renewal refused, cancelled, archived",
      description = "An illegal move is a 409 certificate-refused naming the rule",
      operationId = "moveCertificate")
  @APIResponse(
      responseCode = "200",
      description = "The certificate in its new state",
      content = @Content(schema = @Schema(ref = "Certificate")))
  public Response move(
      @PathParam("id") UUID id, @Valid @NotNull LicenceForms.CertificateMoveForm form) {
    Certificate c = access.editableCertificate(id);
    Map<String, Object> before = c.snapshot();
    var today = clock.today();
    c.moveTo(form.to(), form.on() == null ? today : form.on(), form.reason(), today);
    return changed(c, "moved", before, form.reason());
  }

  @POST
  @Path("{id}/renewal")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record the renewal granted: the renewed number keeps year and serial",
      description = "Valid five more years from the day after the old expiry",
      operationId = "renewCertificate")
  @APIResponse(
      responseCode = "200",
      description = "The renewed certificate",
      content = @Content(schema = @Schema(ref = "Certificate")))
  public Response renew(@PathParam("id") UUID id, @Valid @NotNull LicenceForms.RenewalForm form) {
    Certificate c = access.editableCertificate(id);
    Map<String, Object> before = c.snapshot();
    var today = clock.today();
    CertificateNumber renewed = CertificateNumber.parse(form.number(), today.getYear());
    if (!renewed.text().equals(c.number()) && licences.numberTaken(renewed.text())) {
      throw ProblemException.invalidField("number", "licence.number.taken", renewed.text());
    }
    c.renew(renewed, form.decidedOn(), today);
    return changed(c, "renewed", before, null);
  }

  @POST
  @Path("{id}/void")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Void a certificate entered by mistake, with the reason (If-Match)",
      operationId = "voidCertificate")
  @APIResponse(
      responseCode = "200",
      description = "The voided certificate",
      content = @Content(schema = @Schema(ref = "Certificate")))
  public Response voidCertificate(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull VoidForm form) {
    Certificate c = access.editableCertificate(id);
    ETags.requireMatch(ifMatch, c.version());
    Map<String, Object> before = c.voiding().auditValues();
    c.voidFor(form.reason(), caller.username(), clock.now());
    em.flush();
    changed.fire(
        new Changed(
            LicenceAccess.CERTIFICATE,
            c.publicId().toString(),
            "voided",
            before,
            c.voiding().auditValues(),
            c.voiding().reason(),
            c.project().owner().id()));
    return ok(c);
  }

  private static LocalDate date(String value, String param) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(param, "filter.one-of", "YYYY-MM-DD");
    }
  }

  private Response changed(
      Certificate c, String action, Map<String, Object> before, String reason) {
    em.flush();
    changed.fire(
        new Changed(
            LicenceAccess.CERTIFICATE,
            c.publicId().toString(),
            action,
            before,
            c.snapshot(),
            reason,
            c.project().owner().id()));
    return ok(c);
  }

  private Response ok(Certificate c) {
    return ETags.ok(LicenceViews.CertificateView.of(c, clock.today()), c.version());
  }
}
