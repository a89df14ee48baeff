package org.clinbridge.reference.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.openapi.Documented;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.Page;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.reference.control.Subcatalogues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The NMPA sub-catalogues. Public reference data: anyone, signed in or not, may read it, since it
 * is the published catalogue and the sign-up pages need it.
 */
@Boundary
@Transactional(Transactional.TxType.SUPPORTS)
@Path("reference/nmpa-subcatalogues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reference")
@PermitAll
public class SubcataloguesResource {
  @Inject Subcatalogues subcatalogues;

  @GET
  @Operation(
      summary = "The NMPA classification sub-catalogues (2017), ordered by code",
      operationId = "listNmpaSubcatalogues")
  @APIResponse(
      responseCode = "200",
      description = "One page of sub-catalogues",
      content = @Content(schema = @Schema(ref = "NmpaSubcatalogue")),
      extensions = @Extension(name = Documented.PAGE, value = "true"))
  public Page<SubcatalogueView> list(
      @Parameter(description = "Page size, 1-200 (default 50)") @QueryParam("limit") Integer limit,
      @Parameter(description = "Cursor from the previous page's next") @QueryParam("cursor")
          String cursor) {
    PageRequest request = PageRequest.of(limit, cursor);
    return Page.of(
        subcatalogues.page(request),
        request.limit(),
        SubcatalogueView::of,
        s -> Cursor.of(Subcatalogues.CURSOR_TAG, s.code()));
  }

  @GET
  @Path("{code}")
  @Operation(
      summary = "One sub-catalogue by its two-digit code",
      operationId = "getNmpaSubcatalogue")
  @APIResponse(
      responseCode = "200",
      description = "The sub-catalogue",
      content = @Content(schema = @Schema(ref = "NmpaSubcatalogue")))
  public SubcatalogueView get(@PathParam("code") String code) {
    return subcatalogues
        .byCode(code)
        .map(SubcatalogueView::of)
        .orElseThrow(() -> ProblemException.notFound("nmpa-subcatalogue", code));
  }
}
