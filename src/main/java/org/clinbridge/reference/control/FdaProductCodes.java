package org.clinbridge.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.JpqlWhere;
import org.clinbridge.platform.persistence.Like;
import org.clinbridge.reference.entity.FdaDecisionCode;
import org.clinbridge.reference.entity.FdaProductCode;

/**
 * The FDA product codes: the filtered list, one code, and the import of a classification file (the
 * bundled one at the first start, a newer one uploaded by an administrator).
 */
@ApplicationScoped
public class FdaProductCodes {
  public static final String CURSOR_TAG = "fdacode";
  public static final String ENTITY = "fda-product-codes";
  static final String BUNDLED_CODES = "reference/fda/foiclass.txt";
  static final String BUNDLED_DECISIONS = "reference/fda/decision_codes.csv";
  private static final Logger LOG = Logger.getLogger(FdaProductCodes.class.getName());

  @PersistenceContext EntityManager em;
  @Inject FdaProductCodeImport writer;
  @Inject Event<Changed> changed;
  @Inject ReferenceLoads loads;

  /**
   * The list's filters; null for unset. {@code text} matches code, name, definition, regulation.
   */
  public record Filter(String deviceClass, String panel, String text) {}

  /** Up to {@code limit + 1} codes after the cursor, by code. */
  public List<FdaProductCode> page(Filter filter, PageRequest request) {
    String text = Like.containing(filter.text() == null ? null : filter.text().toLowerCase());
    JpqlWhere where =
        new JpqlWhere()
            .ifSet(
                upper(filter.deviceClass()), "upper(c.deviceClass) = :deviceClass", "deviceClass")
            .ifSet(upper(filter.panel()), "c.reviewPanel = :panel", "panel")
            .ifSet(
                text,
                "(lower(c.productCode) like :text or lower(c.deviceName) like :text"
                    + " or lower(c.definition) like :text or c.regulationNumber like :text)",
                "text");
    if (!request.first()) {
      String after = Cursor.decode(request.cursor(), CURSOR_TAG, 1).key(0);
      where.when(true, "c.productCode > :after", "after", after);
    }
    return where
        .query(em, "select c from FdaProductCode c", "order by c.productCode", FdaProductCode.class)
        .setMaxResults(request.limit() + 1)
        .getResultList();
  }

  public Optional<FdaProductCode> byCode(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(FdaProductCode.class, code.strip().toUpperCase(Locale.ROOT)));
  }

  public List<FdaDecisionCode> decisionCodes() {
    return em.createQuery("select d from FdaDecisionCode d order by d.code", FdaDecisionCode.class)
        .getResultList();
  }

  /** What importing one file did: its records read or rejected, and what changed in the table. */
  public record Imported(
      FoiClassFile.Parsed parsed,
      FdaProductCodeImport.Outcome outcome,
      String sha256,
      long millis) {}

  /**
   * Reads a classification file and writes its good records, in the caller's transaction; {@code
   * source} says where it came from, for the audit trail. A file without the header line is refused
   * whole ({@link FoiClassFile.NotAClassificationFile}).
   */
  public Imported importFile(byte[] bytes, String source) {
    long started = System.nanoTime();
    FoiClassFile.Parsed parsed = FoiClassFile.read(bytes);
    long read = System.nanoTime();
    FdaProductCodeImport.Outcome outcome = writer.apply(parsed.rows());
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        () ->
            "FDA product codes from "
                + source
                + ": "
                + parsed.records()
                + " records ("
                + outcome
                + ", "
                + parsed.rejections().size()
                + " reported) in "
                + millis
                + " ms, of which reading "
                + (read - started) / 1_000_000
                + " ms");
    String sha256 = ReferenceLoads.sha256(bytes);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("sha256", sha256);
    after.put("records", parsed.records());
    after.put("inserted", outcome.inserted());
    after.put("updated", outcome.updated());
    after.put("unchanged", outcome.unchanged());
    after.put("rejected", parsed.rejections().size());
    changed.fire(new Changed(ENTITY, sha256, "imported", Map.of(), after, source, null));
    return new Imported(parsed, outcome, sha256, millis);
  }

  /**
   * Loads the bundled FDA files into an installation that has never had them: the first start. The
   * {@code reference_load} rows are locked first, so a second instance starting at the same time
   * waits and then finds them loaded. Rejected records are logged with their line numbers.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @ActivateRequestContext
  public void loadBundledOnce() {
    if (loads.lockUnloaded("fda-product-codes")) {
      byte[] bytes = ReferenceLoads.bundled(BUNDLED_CODES);
      Imported imported = importFile(bytes, "bundled " + BUNDLED_CODES);
      for (FoiClassFile.Rejection r : imported.parsed().rejections()) {
        LOG.warning(
            () -> "FDA product codes, line " + r.line() + ": " + r.reason() + " " + r.args());
      }
      loads.markLoaded(
          "fda-product-codes",
          imported.parsed().rows().size(),
          imported.parsed().rejections().size(),
          imported.sha256());
    }
    if (loads.lockUnloaded("fda-decision-codes")) {
      byte[] bytes = ReferenceLoads.bundled(BUNDLED_DECISIONS);
      int n = loadDecisionCodes(new String(bytes, StandardCharsets.UTF_8));
      loads.markLoaded("fda-decision-codes", n, 0, ReferenceLoads.sha256(bytes));
      Map<String, Object> after = Map.of("records", n);
      changed.fire(
          new Changed(
              "fda-decision-codes",
              ReferenceLoads.sha256(bytes),
              "imported",
              Map.of(),
              after,
              "bundled " + BUNDLED_DECISIONS,
              null));
    }
  }

  /** Reads the 510(k) decision codes ({@code code,text} per line, no header) into their table. */
  private int loadDecisionCodes(String csv) {
    int n = 0;
    for (String line : csv.split("\r?\n")) {
      int comma = line.indexOf(',');
      if (comma > 0) {
        em.persist(
            new FdaDecisionCode(
                line.substring(0, comma).strip(), line.substring(comma + 1).strip()));
        n++;
      }
    }
    return n;
  }

  private static String upper(String s) {
    return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
  }
}
