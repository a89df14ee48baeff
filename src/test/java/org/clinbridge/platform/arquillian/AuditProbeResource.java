package org.clinbridge.platform.arquillian;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.audit.control.AuditEntries;
import org.clinbridge.platform.audit.control.ChainCheck;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.voiding.VoidForm;

/**
 * Test-only resource deployed beside the application to drive the audit trail without any business
 * area: it fires {@link Changed} events the way a use case does, and runs the chain check without
 * sign-in.
 */
// Open to anyone: RolesEnforcement denies a resource that declares no roles at all.
@PermitAll
@Boundary
@Path("probe/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditProbeResource {
  @Inject Event<Changed> changed;
  @Inject AuditEntries entries;

  /** Fires {@code count} changes of {@code id} in one transaction, then fails if asked to. */
  @POST
  @Path("changes")
  public Map<String, Object> change(
      @QueryParam("id") String id,
      @QueryParam("count") Integer count,
      @QueryParam("fail") boolean fail) {
    int n = count == null ? 1 : count;
    for (int i = 0; i < n; i++) {
      changed.fire(
          new Changed(
              "probe-thing",
              id,
              i == 0 ? "created" : "updated",
              Map.of("n", i),
              Map.of("n", i + 1, "name", Map.of("zh", "探针", "en", "probe")),
              i == 0 ? null : "step " + i,
              77L));
    }
    if (fail) {
      throw new ProblemException(409, "conflict", "conflict.detail");
    }
    return Map.of("id", id, "count", n);
  }

  /** A change fired with no transaction: the trail must refuse it. */
  @POST
  @Path("untransacted")
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public String untransacted(@QueryParam("id") String id) {
    changed.fire(new Changed("probe-thing", id, "created", Map.of(), Map.of(), null, null));
    return "fired";
  }

  @GET
  @Path("verify")
  public ChainCheck.Result verify() {
    return entries.verify();
  }

  /** The void body as a real resource receives it. */
  @POST
  @Path("void")
  @Consumes(MediaType.APPLICATION_JSON)
  public VoidForm voidWith(@NotNull @Valid VoidForm form) {
    return form;
  }
}
