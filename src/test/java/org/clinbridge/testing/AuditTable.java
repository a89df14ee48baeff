package org.clinbridge.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the audit table of the test database directly, and plays the privileged attacker who
 * changes it behind the application's back. As the table owner the tests may switch the append-only
 * trigger off, but only inside their own transaction: {@code ALTER TABLE} holds an exclusive lock
 * until commit, so no other session ever sees the trigger off. Every forgery has an undo, which the
 * tests run in a {@code finally} block so the shared database stays valid.
 */
public final class AuditTable {
  private AuditTable() {}

  /** One row as the tests need it. */
  public record Row(long seq, String publicId, String action, String actor, String requestId) {}

  public static List<Row> entriesOf(String entity, String publicId) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select seq, public_id, action, actor_username, request_id from audit_entry"
                    + " where entity = ? and public_id = ? order by seq")) {
      ps.setString(1, entity);
      ps.setString(2, publicId);
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
      return rows;
    }
  }

  /** Runs {@code sql} with the append-only trigger off for this one transaction. */
  public static int forge(String sql, Object... params) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement();
          PreparedStatement ps = c.prepareStatement(sql)) {
        s.execute("alter table audit_entry disable trigger audit_entry_append_only");
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        int n = ps.executeUpdate();
        s.execute("alter table audit_entry enable trigger audit_entry_append_only");
        c.commit();
        return n;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  public static String reasonOf(long seq) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("select reason from audit_entry where seq = ?")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  /**
   * Removes entry {@code seq} and returns the undo that puts it back exactly as it was (every
   * column, read back through a copy the database keeps meanwhile).
   */
  public static AutoCloseableUndo remove(long seq) throws SQLException {
    String copy = "audit_entry_removed_" + seq + "_" + System.nanoTime();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("create table " + copy + " as select * from audit_entry where seq = " + seq);
    }
    forge("delete from audit_entry where seq = ?", seq);
    return () -> {
      try (Connection c = TestDatabase.connect();
          Statement s = c.createStatement()) {
        s.execute("insert into audit_entry select * from " + copy);
        s.execute("drop table " + copy);
      }
    };
  }

  /** An undo that may fail with a database error. */
  @FunctionalInterface
  public interface AutoCloseableUndo extends AutoCloseable {
    @Override
    void close() throws SQLException;
  }
}
