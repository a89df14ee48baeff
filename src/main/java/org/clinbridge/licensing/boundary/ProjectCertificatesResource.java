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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.licensing.control.LicenceAccess;
import org.clinbridge.licensing.control.Licences;
import org.clinbridge.licensing.entity.Certificate;
import org.clinbridge.licensing.entity.CertificateNumber;
import org.clinbridge.licensing.entity.CertificateState;
import org.clinbridge.licensing.entity.LicenceApplication;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.entity.Project;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A project's certificates and filings: listed for whoever sees the project, recorded by its
 * start-up, its technology manager or a district administrator.
 */
@Boundary
@Path("projects/{projectId}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "licensing")
public class ProjectCertificatesResource {
  @Inject ProjectAccess access;
  @Inject LicenceAccess licenceAccess;
  @Inject Licences licences;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @GET
  @SignedIn
  @Operation(
      summary = "The project's certificates and filings, oldest first",
      operationId = "listProjectCertificates")
  @APIResponse(
      responseCode = "200",
      description = "One page of the project's certificates",
      content = @Content(schema = @Schema(ref = "Certificate")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<LicenceViews.CertificateView> certificates(
      @PathParam("projectId") UUID projectId,
      @QueryParam("state") String state,
      @QueryParam("includeVoided") boolean includeVoided,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    Project p = access.visible(projectId);
    PageRequest request = PageRequest.of(limit, cursor);
    var today = clock.today();
    return Page.of(
        licences.certificates(
            new Licences.CertificateFilter(
                p,
                LicenceApplicationsResource.parse(CertificateState.class, state, "state"),
                today,
                null,
                includeVoided),
            request),
        request.limit(),
        c -> LicenceViews.CertificateView.of(c, today),
        Licences::cursorOf);
  }

  @POST
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a registration certificate or filing",
      description = "The number is read and checked against the NMPA format (docs/licensing.md)",
      operationId = "recordProjectCertificate")
  @APIResponse(
      responseCode = "201",
      description = "The recorded certificate",
      content = @Content(schema = @Schema(ref = "Certificate")))
  public Response record(
      @PathParam("projectId") UUID projectId,
      @Valid @NotNull LicenceForms.NewCertificateForm form,
      @Context UriInfo uri) {
    Project p = access.editable(projectId);
    var today = clock.today();
    CertificateNumber number = CertificateNumber.parse(form.number(), today.getYear());
    if (licences.numberTaken(number.text())) {
      throw ProblemException.invalidField("number", "licence.number.taken", number.text());
    }
    LicenceApplication application = null;
    if (form.application() != null) {
      application = licenceAccess.visibleApplication(form.application());
      if (!application.project().publicId().equals(p.publicId())) {
        throw ProblemException.invalidField("application", "licence.certificate.other-project");
      }
    }
    Certificate c =
        new Certificate(
            p,
            application,
            number,
            form.holder(),
            BilingualText.of(form.product()),
            form.deviceClass(),
            form.issuedOn(),
            form.alertOn(),
            clock.now(),
            today);
    em.persist(c);
    em.flush();
    changed.fire(
        new Changed(
            LicenceAccess.CERTIFICATE,
            c.publicId().toString(),
            "recorded",
            Map.of(),
            c.snapshot(),
            null,
            p.owner().id()));
    return ETags.created(
        uri.getBaseUriBuilder().path("certificates").path(c.publicId().toString()).build(),
        LicenceViews.CertificateView.of(c, today),
        c.version());
  }
}
