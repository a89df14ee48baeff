package org.clinbridge.funding.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.funding.control.FundLedger;
import org.clinbridge.funding.control.Funds;
import org.clinbridge.funding.entity.Grant;
import org.clinbridge.funding.entity.Tranche;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.projects.control.ProjectAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One grant, and releasing its tranches. Whoever may see the project may see its grants; technology
 * managers also see any grant of the fund they read. Only a district administrator releases money.
 */
@Boundary
@Path("grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "fund")
public class GrantsResource {
  @Inject Funds funds;
  @Inject FundLedger ledger;
  @Inject ProjectAccess access;
  @Inject Caller caller;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;

  @GET
  @Path("{id}")
  @SignedIn
  @Operation(summary = "One grant with its tranches", operationId = "getGrant")
  @APIResponse(
      responseCode = "200",
      description = "The grant",
      content = @Content(schema = @Schema(ref = "Grant")))
  public FundViews.GrantView get(@PathParam("id") UUID id) {
    return FundViews.GrantView.of(readable(id));
  }

  @POST
  @Path("{id}/tranches/{trancheId}/release")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "Release a tranche",
      description =
          "Only after a recorded go or go with conditions at its milestone's latest review; a"
              + " refused release is a 409 saying why",
      operationId = "releaseTranche")
  @APIResponse(
      responseCode = "200",
      description = "The grant with the tranche released",
      content = @Content(schema = @Schema(ref = "Grant")))
  public FundViews.GrantView release(
      @PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId) {
    Grant g = readable(id);
    Tranche t =
        g.tranches().stream()
            .filter(x -> x.publicId().equals(trancheId))
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("tranche", trancheId));
    t.release(clock.today(), access.actor());
    if (!ledger.release(g.pool(), t.amount())) {
      // Released never exceeds committed; reaching this means the ledger was altered by hand.
      throw new IllegalStateException("Ledger of pool " + g.pool().publicId() + " is inconsistent");
    }
    changed.fire(
        new Changed(
            "grant",
            g.publicId().toString(),
            "tranche-released",
            Map.of("tranche", t.seq(), "status", "PLANNED"),
            Map.of("tranche", t.seq(), "status", "RELEASED", "amount", t.amount().toPlainString()),
            null,
            g.project().owner().id()));
    return FundViews.GrantView.of(g);
  }

  /**
   * A grant its project's viewers may read: the start-up, the project's own technology manager,
   * district administrators. Another manager's project's grant is not found, as its project is.
   */
  private Grant readable(UUID id) {
    Grant g = funds.grant(id).orElseThrow(() -> ProblemException.notFound("grant", id));
    if (!access.canSee(g.project())) {
      throw ProblemException.notFound("grant", id);
    }
    return g;
  }
}
