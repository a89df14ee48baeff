package org.clinbridge.scenes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.Boundary;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.security.Roles;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.scenes.control.CtGovJson;
import org.clinbridge.scenes.control.CtGovLegacyXml;
import org.clinbridge.scenes.control.IctrpCsv;
import org.clinbridge.scenes.control.RegistryStudy.Parsed;
import org.clinbridge.scenes.control.StudyImport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports a hospital's existing studies as draft scenes. The body's media type names the format:
 * ClinicalTrials.gov API v2 JSON, the legacy ClinicalTrials.gov XML, or a WHO ICTRP CSV export. One
 * report answers for every record; a record that cannot be a scene never fails the others.
 */
@Boundary
@Path("scenes/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scenes")
public class SceneImportsResource {
  @Inject DistrictClock clock;
  @Inject Caller caller;
  @Inject StudyImport studyImport;
  @Inject Event<Changed> changed;
  @PersistenceContext EntityManager em;

  @POST
  @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML, "text/csv"})
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  @Operation(
      operationId = "importScenes",
      summary = "Import studies as draft scenes of my hospital",
      description =
          "application/json: ClinicalTrials.gov API v2 (one study, {studies: [...]}, or an"
              + " array); application/xml: legacy ClinicalTrials.gov XML; text/csv: WHO ICTRP"
              + " export. See docs/imports.md for the field mapping.")
  @APIResponse(
      responseCode = "200",
      description = "What was imported and what was reported",
      content = @Content(schema = @Schema(ref = "SceneImportReport")))
  public ImportReport importStudies(InputStream body, @Context HttpHeaders headers) {
    return importFile(Format.of(headers.getMediaType()), body, language(headers));
  }

  /** The formats a hospital's registry file comes in. */
  public enum Format {
    CTGOV_JSON,
    CTGOV_XML,
    ICTRP_CSV;

    static Format of(MediaType type) {
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return CTGOV_JSON;
      }
      return type.getSubtype().equals("csv") ? ICTRP_CSV : CTGOV_XML;
    }

    /** The format a file name says (json, csv, xml), if any. */
    public static Optional<Format> ofFileName(String name) {
      String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
      if (n.endsWith(".json")) {
        return Optional.of(CTGOV_JSON);
      }
      if (n.endsWith(".csv")) {
        return Optional.of(ICTRP_CSV);
      }
      if (n.endsWith(".xml")) {
        return Optional.of(CTGOV_XML);
      }
      return Optional.empty();
    }
  }

  /**
   * Imports a file of {@code format} for the caller's hospital: the use case behind {@code POST},
   * also run by the import page. Reasons are written in {@code language}.
   */
  @RolesAllowed(Roles.HOSPITAL_STAFF)
  public ImportReport importFile(Format format, InputStream body, Locale language) {
    Parsed parsed =
        switch (format) {
          case CTGOV_JSON -> CtGovJson.read(body);
          case ICTRP_CSV -> IctrpCsv.read(body);
          case CTGOV_XML -> CtGovLegacyXml.read(body);
        };
    Organisation hospital = em.find(Organisation.class, caller.organisationRef());
    List<StudyImport.Outcome> outcomes =
        studyImport.importAll(hospital, parsed, clock.today(), caller.username());
    em.flush();
    Messages messages = Messages.problems(language);
    int imported = 0;
    List<ImportReport.Line> lines = new java.util.ArrayList<>();
    for (StudyImport.Outcome o : outcomes) {
      if (o.draft() != null) {
        imported++;
        changed.fire(
            new Changed(
                ScenesResource.ENTITY,
                o.draft().publicId().toString(),
                "imported",
                Map.of(),
                ScenesResource.snapshot(o.draft()),
                o.draft().sourceRegistry() + " " + o.draft().sourceId(),
                hospital.id()));
        lines.add(new ImportReport.Line(o.ref(), o.draft().publicId(), null, null));
      } else {
        var r = o.rejection();
        lines.add(
            new ImportReport.Line(
                o.ref(),
                null,
                r.code(),
                messages.text("scene-import." + r.code(), r.args().toArray())));
      }
    }
    return new ImportReport(imported, outcomes.size() - imported, lines);
  }

  private static Locale language(HttpHeaders headers) {
    return AcceptLanguage.of(headers);
  }
}
