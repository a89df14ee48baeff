package org.clinbridge.organisations.boundary;

import static org.clinbridge.platform.security.Roles.DISTRICT_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clinbridge.organisations.control.OrganisationCsv;
import org.clinbridge.organisations.control.Organisations;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.BilingualText;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.problem.Violation;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.platform.web.Uploads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk registration from a CSV file, all or nothing: every row is checked first, and one bad row
 * means nothing is imported and the answer lists every bad row with its line number and reason
 * (violations named {@code line <n>: <column>}).
 */
@Boundary
@Path("organisations/import")
@Tag(name = "organisations")
public class OrganisationImportResource {
  /** A generous bound for 10,000 rows, so a stray huge upload is refused before it is read. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  @Inject Organisations organisations;
  @Inject DistrictClock clock;

  @POST
  @RolesAllowed(DISTRICT_ADMIN)
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register organisations from CSV, all or nothing",
      description =
          "UTF-8 (a byte-order mark is fine), header line required. Columns: kind, name_zh,"
              + " name_en, uscc; optional contact_name, contact_email, contact_phone, address.",
      operationId = "importOrganisationsCsv")
  @APIResponse(
      responseCode = "200",
      description = "How many organisations were registered, and their ids",
      content = @Content(schema = @Schema(ref = "OrganisationImport")))
  @RequestBody(description = "The CSV file")
  public ImportReport importCsv(InputStream body, @Context HttpHeaders headers) {
    return importFile(body, locale(headers));
  }

  /**
   * The import itself, for the API and the import page alike; bad rows come back as the problem's
   * violations in {@code locale}.
   */
  @RolesAllowed(DISTRICT_ADMIN)
  public ImportReport importFile(InputStream body, Locale locale) {
    String text = Uploads.utf8(body, MAX_BYTES);
    OrganisationCsv.Result result =
        OrganisationCsv.parse(text, uscc -> organisations.byUscc(uscc).isPresent());
    if (!result.problems().isEmpty()) {
      Messages messages = Messages.problems(locale);
      List<Violation> violations = new ArrayList<>();
      for (OrganisationCsv.Problem p : result.problems()) {
        String field =
            p.field().isEmpty() ? "line " + p.line() : "line " + p.line() + ": " + p.field();
        violations.add(new Violation(field, messages.text(p.key(), p.args())));
      }
      throw new ProblemException(
          400, "import-rejected", "import-rejected.detail", violations, violations.size());
    }
    List<UUID> ids = new ArrayList<>();
    try {
      for (OrganisationCsv.Row row : result.rows()) {
        Organisation o =
            new Organisation(
                row.kind(), new BilingualText(row.nameZh(), row.nameEn()), row.uscc(), clock.now());
        o.changeContact(row.contactName(), row.contactEmail(), row.contactPhone(), row.address());
        organisations.register(o);
        ids.add(o.publicId());
      }
      organisations.flush();
    } catch (PersistenceException e) {
      // Someone registered one of these USCCs while we were importing: nothing is kept.
      throw new ProblemException(409, "conflict", "conflict.detail.concurrent");
    }
    return new ImportReport(ids.size(), ids);
  }

  private static Locale locale(HttpHeaders headers) {
    return AcceptLanguage.of(headers);
  }
}
