package org.clinbridge.platform.arquillian;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.web.ETags;

/**
 * Test-only resource deployed beside the application to make the platform's failure paths happen on
 * purpose inside the real container.
 */
// Open to anyone: RolesEnforcement denies a resource that declares no roles at all.
@PermitAll
@Boundary
@Path("probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {
  @jakarta.inject.Inject org.clinbridge.scenes.boundary.ScenesResource scenes;

  public record Form(@NotNull @Valid Bilingual name, @NotNull @Min(1) @Max(9) Integer trl) {}

  public record Echo(String zh, int trl) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Echo create(@NotNull @Valid Form form) {
    return new Echo(form.name().zh(), form.trl());
  }

  /**
   * Calls a hospital-staff use case directly, as a page bean does, from a request nobody signed in
   * to: the boundary's own roles must refuse it before it runs.
   */
  @GET
  @Path("direct-call")
  public Response directCall() {
    return scenes.publish(java.util.UUID.randomUUID().toString());
  }

  @GET
  @Path("boom")
  public String boom() {
    throw new IllegalStateException("secret internals that must not reach the client");
  }

  @GET
  @Path("race")
  public String race() {
    throw new OptimisticLockException("row changed underneath");
  }

  @PUT
  @Path("versioned")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(@Context HttpHeaders headers, @NotBlank String body) {
    ETags.requireMatch(headers, 7);
    return Response.ok("{}").tag(ETags.of(8)).build();
  }
}
