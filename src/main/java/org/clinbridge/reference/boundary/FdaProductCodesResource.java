package org.clinbridge.reference.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.reference.control.FdaProductCodes;
import org.clinbridge.reference.control.FoiClassFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The FDA device product codes, for the FDA routes of licence applications. Public reference data
 * like the NMPA sub-catalogues; a district administrator loads a newer classification file.
 */
@Boundary
@Path("reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference")
public class FdaProductCodesResource {
  /** The published file is about 1.7 MB; a generous bound refuses a stray huge upload unread. */
  static final int MAX_BYTES = 16 * 1024 * 1024;

  @Inject FdaProductCodes codes;

  @GET
  @Path("fda-product-codes")
  @PermitAll
  @Operation(
      summary = "FDA device product codes by code, filtered by class, panel or text",
      operationId = "listFdaProductCodes")
  @APIResponse(
      responseCode = "200",
      description = "One page of FDA product codes",
      content = @Content(schema = @Schema(ref = "FdaProductCode")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<FdaProductCodeView> list(
      @Parameter(description = "Device class as published: 1, 2, 3, U, N, f") @QueryParam("class")
          String deviceClass,
      @Parameter(description = "Review panel, two letters (e.g. CV)") @QueryParam("panel")
          String panel,
      @Parameter(description = "Part of the code, device name, definition or regulation number")
          @QueryParam("text")
          String text,
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    return Page.of(
        codes.page(new FdaProductCodes.Filter(deviceClass, panel, text), request),
        request.limit(),
        FdaProductCodeView::of,
        c -> Cursor.of(FdaProductCodes.CURSOR_TAG, c.productCode()));
  }

  @GET
  @Path("fda-product-codes/{code}")
  @PermitAll
  @Operation(summary = "One FDA product code", operationId = "getFdaProductCode")
  @APIResponse(
      responseCode = "200",
      description = "The FDA product code",
      content = @Content(schema = @Schema(ref = "FdaProductCode")))
  public FdaProductCodeView get(@PathParam("code") String code) {
    return codes
        .byCode(code)
        .map(FdaProductCodeView::of)
        .orElseThrow(() -> ProblemException.notFound("fda-product-code", code));
  }

  @POST
  @Path("fda-product-codes/import")
  @RolesAllowed(Roles.DISTRICT_ADMIN)
  @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Load a newer FDA product classification file (foiclass.txt as published)",
      description =
          "Windows-1252, CRLF between records, 18 fields separated by |, header line first."
              + " New codes are added and changed ones updated; a record that cannot be read is"
              + " reported with its line number and never stops the others.",
      operationId = "importFdaProductCodes")
  @APIResponse(
      responseCode = "200",
      description = "What the import added, updated and rejected",
      content = @Content(schema = @Schema(ref = "FdaImportReport")))
  @RequestBody(description = "The file, byte for byte")
  public FdaImportReport importFile(InputStream body, @Context HttpHeaders headers) {
    byte[] bytes = read(body);
    FdaProductCodes.Imported imported;
    try {
      imported = codes.importFile(bytes, "uploaded file");
    } catch (FoiClassFile.NotAClassificationFile e) {
      throw new ProblemException(400, "import-rejected", "fda-import.not-a-classification-file");
    }
    Messages messages = Messages.problems(AcceptLanguage.of(headers));
    List<FdaImportReport.Line> lines =
        imported.parsed().rejections().stream()
            .map(
                r ->
                    new FdaImportReport.Line(
                        r.line(),
                        r.productCode(),
                        r.reason(),
                        messages.text("fda-import." + r.reason(), r.args().toArray())))
            .toList();
    return new FdaImportReport(
        imported.parsed().records(),
        imported.outcome().inserted(),
        imported.outcome().updated(),
        imported.outcome().unchanged(),
        lines.size(),
        imported.millis(),
        imported.sha256(),
        lines);
  }

  @GET
  @Path("fda-decision-codes")
  @PermitAll
  @Operation(
      summary = "The FDA's 510(k) decision codes, by code (the whole list)",
      operationId = "listFdaDecisionCodes")
  @APIResponse(
      responseCode = "200",
      description = "Every FDA decision code, in one page",
      content = @Content(schema = @Schema(ref = "FdaDecisionCode")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<FdaDecisionCodeView> decisionCodes() {
    return new Page<>(codes.decisionCodes().stream().map(FdaDecisionCodeView::of).toList(), null);
  }

  private static byte[] read(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new ProblemException(413, "payload-too-large", "payload-too-large.detail");
      }
      return bytes;
    } catch (IOException e) {
      throw new ProblemException(400, "bad-request", "bad-request.detail");
    }
  }
}
