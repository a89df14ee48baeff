package org.clinbridge.projects.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.Bilingual;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.clinbridge.platform.web.ETags;
import org.clinbridge.projects.control.Projects;
import org.clinbridge.projects.entity.Gate;
import org.clinbridge.projects.entity.GateEvidence;
import org.clinbridge.projects.entity.StageGate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The stage gates: what a project must show to enter each stage and to graduate. Every signed-in
 * person may read them (a start-up prepares its evidence from them); a district administrator
 * changes them.
 */
@Boundary
@Path("stage-gates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class StageGatesResource {
  @Inject Projects projects;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @Schema(name = "StageGateEvidence")
  public record GateEvidenceView(
      @Schema(example = "POC_REPORT") @NotNull @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{1,39}")
          String code,
      @NotNull @Valid Bilingual name) {}

  @Schema(name = "StageGate")
  public record StageGateView(
      Gate gate, Bilingual name, int minTrl, List<GateEvidenceView> evidence, long version) {
    static StageGateView of(StageGate g) {
      return new StageGateView(
          g.gate(),
          g.name().view(),
          g.minTrl(),
          g.evidence().stream().map(e -> new GateEvidenceView(e.code(), e.name().view())).toList(),
          g.version());
    }
  }

  @Schema(name = "StageGateChange")
  public record StageGateForm(
      @NotNull @Valid Bilingual name,
      @NotNull @Min(1) @Max(9) Integer minTrl,
      @NotNull @Size(max = 20) List<@NotNull @Valid GateEvidenceView> evidence) {}

  @GET
  @SignedIn
  @Operation(summary = "Every gate and what it asks for", operationId = "listStageGates")
  @APIResponse(
      responseCode = "200",
      description = "Every stage gate as one page",
      content = @Content(schema = @Schema(ref = "StageGate")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<StageGateView> list() {
    return new Page<>(projects.gates().stream().map(StageGateView::of).toList(), null);
  }

  @GET
  @Path("{gate}")
  @SignedIn
  @Operation(summary = "One gate, with its ETag", operationId = "getStageGate")
  @APIResponse(
      responseCode = "200",
      description = "The stage gate",
      content = @Content(schema = @Schema(ref = "StageGate")))
  public Response get(@PathParam("gate") String gate) {
    StageGate g = gate(gate);
    return ETags.ok(StageGateView.of(g), g.version());
  }

  @PUT
  @Path("{gate}")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "Change what a gate asks for (If-Match required)",
      description = "Applies to moves from now on; past moves keep the evidence they were given",
      operationId = "updateStageGate")
  @APIResponse(
      responseCode = "200",
      description = "The changed stage gate",
      content = @Content(schema = @Schema(ref = "StageGate")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response change(
      @PathParam("gate") String gate,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull StageGateForm form) {
    StageGate g = gate(gate);
    ETags.requireMatch(ifMatch, g.version());
    changed(g, form);
    return ETags.ok(StageGateView.of(g), g.version());
  }

  /**
   * Changes the gate the page showed at {@code version}: the use case behind the stage-gates page
   * (the API checks If-Match instead).
   */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public StageGateView change(String gate, long version, @Valid @NotNull StageGateForm form) {
    StageGate g = gate(gate);
    ETags.requireVersion(version, g.version());
    changed(g, form);
    return StageGateView.of(g);
  }

  private void changed(StageGate g, StageGateForm form) {
    Map<String, Object> before = snapshot(g);
    g.change(
        BilingualText.of(form.name()),
        form.minTrl(),
        form.evidence().stream()
            .map(e -> new GateEvidence(e.code(), BilingualText.of(e.name())))
            .toList());
    em.flush();
    changed.fire(
        new Changed("stage-gate", g.gate().name(), "changed", before, snapshot(g), null, null));
  }

  private StageGate gate(String name) {
    try {
      StageGate g = projects.gate(Gate.valueOf(name));
      if (g != null) {
        return g;
      }
    } catch (IllegalArgumentException unknown) {
      // answered below
    }
    throw ProblemException.notFound("stage-gate", name);
  }

  private static Map<String, Object> snapshot(StageGate g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name.zh", g.name().zh());
    m.put("name.en", g.name().en());
    m.put("minTrl", g.minTrl());
    m.put("evidence", String.join(",", g.evidence().stream().map(GateEvidence::code).toList()));
    return m;
  }
}
