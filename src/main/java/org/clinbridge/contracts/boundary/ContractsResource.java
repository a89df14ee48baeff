package org.clinbridge.contracts.boundary;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.contracts.control.Contracts;
import org.clinbridge.contracts.entity.ContractState;
import org.clinbridge.contracts.entity.TechnologyContract;
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
import org.clinbridge.platform.web.QueryParams;
import org.clinbridge.projects.control.ProjectAccess;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A technology contract and its registration workflow. The project's people edit and submit it; the
 * registration office (a district administrator) reviews it within the review period and registers
 * it or not.
 */
@Boundary
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts")
public class ContractsResource {
  static final String ENTITY = "technology-contract";

  @Inject ProjectAccess access;
  @Inject Contracts contracts;
  @Inject DistrictClock clock;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  /** Days the office has to decide once it starts the review. */
  @Inject
  @ConfigProperty(name = "contracts.review-days", defaultValue = "30")
  int reviewDays;

  @GET
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "The registration desk: contracts by state, optionally only overdue ones",
      operationId = "listContractRegistry")
  @APIResponse(
      responseCode = "200",
      description = "One page of contracts",
      content = @Content(schema = @Schema(ref = "TechnologyContract")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<ContractView> registry(
      @Parameter(description = "DRAFT, SUBMITTED, UNDER_REVIEW, REGISTERED, NOT_REGISTERED")
          @QueryParam("state")
          String state,
      @Parameter(description = "true: only reviews past their deadline") @QueryParam("overdue")
          Boolean overdue,
      @QueryParam("limit") Integer limit,
      @QueryParam("cursor") String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    ContractState s = QueryParams.oneOf("state", state, ContractState.class);
    var today = clock.today();
    return Page.of(
        contracts.registry(s, Boolean.TRUE.equals(overdue) ? today : null, request),
        request.limit(),
        c -> ContractView.of(c, today),
        Contracts::cursorOf);
  }

  @GET
  @Path("{id}")
  @SignedIn
  @Operation(summary = "One contract with its ETag", operationId = "getContract")
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content = @Content(schema = @Schema(ref = "TechnologyContract")))
  public Response get(@PathParam("id") UUID id) {
    return respond(read(id));
  }

  /** One contract as its reader sees it: the API's read and the contract pages'. */
  @SignedIn
  public ContractView read(UUID id) {
    return ContractView.of(visible(id), clock.today());
  }

  /**
   * The office's queue: contracts under review, the deadline soonest first (overdue ones lead),
   * then those submitted and not yet taken up, the longest waiting first. At most {@code max} of
   * each.
   */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public ReviewQueue reviewQueue(int max) {
    var today = clock.today();
    return new ReviewQueue(
        contracts.awaiting(ContractState.UNDER_REVIEW, max).stream()
            .map(c -> ContractView.of(c, today))
            .toList(),
        contracts.awaiting(ContractState.SUBMITTED, max).stream()
            .map(c -> ContractView.of(c, today))
            .toList());
  }

  /** The office's queue as the review page shows it. */
  public record ReviewQueue(List<ContractView> underReview, List<ContractView> submitted) {}

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      summary = "Change a draft, or a contract sent back (If-Match required)",
      operationId = "updateContract")
  @APIResponse(
      responseCode = "200",
      description = "The changed contract",
      content = @Content(schema = @Schema(ref = "TechnologyContract")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull ContractForms.ContractForm form) {
    TechnologyContract c = editable(id);
    ETags.requireMatch(ifMatch, c.version());
    return respond(revised(c, form));
  }

  /**
   * Changes a draft or a returned contract the page showed at {@code version}: the use case behind
   * the contract dialog (the API checks If-Match instead).
   */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public ContractView reviseContract(
      UUID id, long version, @Valid @NotNull ContractForms.ContractForm form) {
    TechnologyContract c = editable(id);
    ETags.requireVersion(version, c.version());
    return revised(c, form);
  }

  private ContractView revised(TechnologyContract c, ContractForms.ContractForm form) {
    Map<String, Object> before = c.snapshot();
    c.revise(
        form.type(),
        BilingualText.of(form.title()),
        form.partyList(),
        form.amount(),
        form.signedOn(),
        clock.today());
    return changed(c, "updated", before, null);
  }

  @POST
  @Path("{id}/submission")
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  @Operation(
      summary = "Submit the draft for registration, or the corrected contract again",
      operationId = "submitContract")
  @APIResponse(
      responseCode = "200",
      description = "The submitted contract",
      content = @Content(schema = @Schema(ref = "TechnologyContract")))
  public Response submit(@PathParam("id") UUID id) {
    return respond(submitContract(id));
  }

  /** Submits a draft or a corrected contract: the API's use case and the contract pages'. */
  @RolesAllowed({Roles.START_UP_MEMBER, Roles.TECH_MANAGER, Roles.DISTRICT_ADMIN})
  public ContractView submitContract(UUID id) {
    TechnologyContract c = editable(id);
    Map<String, Object> before = c.snapshot();
    c.submit(clock.today());
    return changed(c, "submitted", before, null);
  }

  @POST
  @Path("{id}/review")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "Start the registration review; the decision is due in the review period",
      operationId = "startContractReview")
  @APIResponse(
      responseCode = "200",
      description = "The contract under review",
      content = @Content(schema = @Schema(ref = "TechnologyContract")))
  public Response startReview(@PathParam("id") UUID id) {
    return respond(startContractReview(id));
  }

  /** The office starts its review: the API's use case and the contract page's. */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public ContractView startContractReview(UUID id) {
    TechnologyContract c = visible(id);
    Map<String, Object> before = c.snapshot();
    c.startReview(clock.today(), reviewDays);
    return changed(c, "review-started", before, null);
  }

  @POST
  @Path("{id}/registration")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "Register the contract: registration number and certified technical income",
      operationId = "registerContract")
  @APIResponse(
      responseCode = "200",
      description = "The registered contract",
      content = @Content(schema = @Schema(ref = "TechnologyContract")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(
      @PathParam("id") UUID id, @Valid @NotNull ContractForms.RegistrationForm form) {
    return respond(registerContract(id, form));
  }

  /**
   * Registers the contract with its number and certified income: the API's use case and the
   * contract page's.
   */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public ContractView registerContract(
      UUID id, @Valid @NotNull ContractForms.RegistrationForm form) {
    TechnologyContract c = visible(id);
    Map<String, Object> before = c.snapshot();
    c.register(form.registrationNumber(), form.certifiedIncome(), clock.today());
    return changed(c, "registered", before, null);
  }

  @POST
  @Path("{id}/return")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "Send the contract under review back with what to correct",
      description =
          "The contract becomes RETURNED: its people correct it (PUT, If-Match) and submit it"
              + " again; the review period starts anew at the next review.",
      operationId = "returnContract")
  @APIResponse(
      responseCode = "200",
      description = "The contract sent back",
      content = @Content(schema = @Schema(ref = "TechnologyContract")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sendBack(
      @PathParam("id") UUID id, @Valid @NotNull ContractForms.RefusalForm form) {
    return respond(returnContract(id, form));
  }

  /** Sends the contract back with what to correct: the API's use case and the contract page's. */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public ContractView returnContract(UUID id, @Valid @NotNull ContractForms.RefusalForm form) {
    TechnologyContract c = visible(id);
    Map<String, Object> before = c.snapshot();
    c.sendBack(form.reason(), clock.today());
    return changed(c, "returned", before, form.reason());
  }

  @POST
  @Path("{id}/refusal")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary =
          "Do not register the contract, with the reason (final; to have it corrected, send"
              + " it back instead)",
      operationId = "refuseContractRegistration")
  @APIResponse(
      responseCode = "200",
      description = "The contract not registered",
      content = @Content(schema = @Schema(ref = "TechnologyContract")))
  @Consumes(MediaType.APPLICATION_JSON)
  public Response refuse(@PathParam("id") UUID id, @Valid @NotNull ContractForms.RefusalForm form) {
    return respond(refuseContract(id, form));
  }

  /** Refuses the registration for good: the API's use case and the contract page's. */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public ContractView refuseContract(UUID id, @Valid @NotNull ContractForms.RefusalForm form) {
    TechnologyContract c = visible(id);
    Map<String, Object> before = c.snapshot();
    c.refuse(form.reason(), clock.today());
    return changed(c, "not-registered", before, form.reason());
  }

  private TechnologyContract visible(UUID id) {
    TechnologyContract c =
        contracts.byPublicId(id).orElseThrow(() -> ProblemException.notFound("contract", id));
    if (!access.canSee(c.project())) {
      throw ProblemException.notFound("contract", id);
    }
    return c;
  }

  private TechnologyContract editable(UUID id) {
    TechnologyContract c = visible(id);
    access.editable(c.project().publicId());
    return c;
  }

  /** Flushes the change (so the view carries the stored version) and tells the audit trail. */
  private ContractView changed(
      TechnologyContract c, String action, Map<String, Object> before, String reason) {
    em.flush();
    changed.fire(
        new Changed(
            ENTITY,
            c.publicId().toString(),
            action,
            before,
            c.snapshot(),
            reason,
            c.project().owner().id()));
    return ContractView.of(c, clock.today());
  }

  private static Response respond(ContractView v) {
    return ETags.ok(v, v.version());
  }
}
