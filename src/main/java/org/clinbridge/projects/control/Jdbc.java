package org.clinbridge.projects.control;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Binding positional parameters for the hand-built SQL of lists and exports. */
final class Jdbc {
  private Jdbc() {}

  static void bind(PreparedStatement st, List<Object> params) throws SQLException {
    int i = 1;
    for (Object p : params) {
      if (p instanceof ProjectSearch.TsQuery q) {
        // Untyped, so PostgreSQL reads it as the tsquery the operator expects.
        st.setObject(i++, q.text(), java.sql.Types.OTHER);
      } else {
        st.setObject(i++, p);
      }
    }
  }
}
