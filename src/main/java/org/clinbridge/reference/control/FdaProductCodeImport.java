package org.clinbridge.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinbridge.reference.entity.FdaProductCode;

/**
 * Writes a read classification file into {@code fda_product_code}: new codes are inserted, codes
 * whose fields changed are updated, the rest are left alone. Codes missing from a newer file are
 * kept, because licence applications may name them. JDBC batches on the persistence context's own
 * connection, so the rows commit or roll back with the rest of the transaction: 6,530 rows as
 * entities took 10 s where the batches take about one (docs/decisions.md).
 */
@ApplicationScoped
public class FdaProductCodeImport {
  private static final String COLUMNS =
      "review_panel, medical_specialty, device_name, device_class, unclassified_reason,"
          + " gmp_exempt, third_party_review, review_code, regulation_number, submission_type,"
          + " definition, physical_state, technical_method, target_area, implant,"
          + " life_sustaining, summary_malfunction_reporting";
  private static final String INSERT =
      "insert into fda_product_code ("
          + COLUMNS
          + ", product_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE =
      "update fda_product_code set "
          + COLUMNS.replace(",", " = ?,")
          + " = ? where product_code = ?";

  @PersistenceContext EntityManager em;

  /** What an import changed. */
  public record Outcome(int inserted, int updated, int unchanged) {}

  /** Writes the rows in the caller's transaction (one must be active). */
  public Outcome apply(List<FoiClassFile.Row> rows) {
    // The connection EclipseLink runs the transaction on; it owns it, so it is not closed here.
    Connection c = em.unwrap(Connection.class);
    if (c == null) {
      throw new IllegalStateException("Writing FDA product codes needs an active transaction");
    }
    try {
      Map<String, FdaProductCode.Fields> existing = existing(c);
      int unchanged = 0;
      try (PreparedStatement insert = c.prepareStatement(INSERT);
          PreparedStatement update = c.prepareStatement(UPDATE)) {
        int inserted = 0;
        int updated = 0;
        for (FoiClassFile.Row row : rows) {
          FdaProductCode.Fields f = row.fields();
          FdaProductCode.Fields before = existing.get(f.productCode());
          if (before == null) {
            bind(insert, f);
            insert.addBatch();
            inserted++;
          } else if (!before.equals(f)) {
            bind(update, f);
            update.addBatch();
            updated++;
          } else {
            unchanged++;
          }
        }
        if (inserted > 0) {
          insert.executeBatch();
        }
        if (updated > 0) {
          update.executeBatch();
        }
        return new Outcome(inserted, updated, unchanged);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the FDA product codes", e);
    }
  }

  private static Map<String, FdaProductCode.Fields> existing(Connection c) throws SQLException {
    Map<String, FdaProductCode.Fields> found = new HashMap<>();
    try (PreparedStatement st =
            c.prepareStatement("select " + COLUMNS + ", product_code from fda_product_code");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        FdaProductCode.Fields f =
            new FdaProductCode.Fields(
                rs.getString(18),
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getBoolean(15),
                rs.getBoolean(16),
                rs.getString(17));
        found.put(f.productCode(), f);
      }
    }
    return found;
  }

  private static void bind(PreparedStatement st, FdaProductCode.Fields f) throws SQLException {
    Object[] values = {
      f.reviewPanel(),
      f.medicalSpecialty(),
      f.deviceName(),
      f.deviceClass(),
      f.unclassifiedReason(),
      f.gmpExempt(),
      f.thirdPartyReview(),
      f.reviewCode(),
      f.regulationNumber(),
      f.submissionType(),
      f.definition(),
      f.physicalState(),
      f.technicalMethod(),
      f.targetArea(),
      f.implant(),
      f.lifeSustaining(),
      f.summaryMalfunctionReporting(),
      f.productCode()
    };
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        st.setNull(i + 1, Types.VARCHAR);
      } else {
        st.setObject(i + 1, values[i]);
      }
    }
  }
}
