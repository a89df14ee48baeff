package org.clinbridge.platform.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.control.AuditEntries;
import org.clinbridge.platform.audit.entity.AuditEntry;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.security.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail: a record's history for those who may see the record, and the check of the whole
 * chain for the district's administrators.
 */
@Boundary
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Tamper-evident history of every change")
public class AuditResource {
  @Inject AuditEntries entries;
  @Inject Caller caller;

  @GET
  @SignedIn
  @Operation(
      summary = "The history of one record",
      description =
          "Entries of the record named by entity and id, newest first unless order=oldest. The"
              + " district administrator sees every entry; others see the entries of records their"
              + " organisation owns. A record with no entry the caller may see is a 404.",
      operationId = "getAuditHistory")
  @APIResponse(
      responseCode = "200",
      description = "One page of the record's audit entries",
      content = @Content(schema = @Schema(ref = "AuditEntry")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<AuditEntryView> history(
      @Parameter(description = "Kind of record, e.g. organisation", required = true)
          @QueryParam("entity")
          String entity,
      @Parameter(description = "The record's public id", required = true) @QueryParam("id")
          String id,
      @Parameter(description = "newest (default) or oldest first") @QueryParam("order")
          String order,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    // Query parameters are checked by hand: Bean Validation on them breaks Payara's OpenAPI.
    String e = required("entity", entity);
    String i = required("id", id);
    AuditEntries.Order o = order(order);
    PageRequest request = PageRequest.of(limit, cursor);
    Long owner = caller.isDistrictAdmin() ? null : caller.organisationRef();
    List<AuditEntry> rows = entries.history(e, i, owner, o, request);
    if (request.first() && rows.isEmpty()) {
      throw ProblemException.notFound(e, i);
    }
    return Page.of(
        rows, request.limit(), AuditEntryView::of, x -> Cursor.of(o.cursorTag(), x.seq()));
  }

  @GET
  @Path("verify")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Operation(
      summary = "Check the whole audit chain",
      description =
          "Recomputes every entry's hash and link up to the current head and names the first"
              + " broken entry: altered, unlinked, missing, or a head that names another entry.",
      operationId = "verifyAuditChain")
  @APIResponse(
      responseCode = "200",
      description = "The outcome of the chain check",
      content = @Content(schema = @Schema(ref = "AuditVerification")))
  public ChainVerificationView verify(@Context HttpHeaders headers) {
    return verifyIn(AcceptLanguage.of(headers));
  }

  /** Checks the chain, its findings in {@code locale}: the API's use case and the audit page's. */
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  public ChainVerificationView verifyIn(java.util.Locale locale) {
    return ChainVerificationView.of(entries.verify(), Messages.problems(locale));
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalidField(field, "audit.parameter.required");
    }
    return value.trim();
  }

  private static AuditEntries.Order order(String order) {
    if (order == null || order.isBlank() || order.equals("newest")) {
      return AuditEntries.Order.NEWEST_FIRST;
    }
    if (order.equals("oldest")) {
      return AuditEntries.Order.OLDEST_FIRST;
    }
    throw ProblemException.invalidField("order", "audit.order.unknown");
  }
}
