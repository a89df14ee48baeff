package org.clinbridge.projects.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.clinbridge.platform.persistence.Database;

/**
 * The accounts that may be assigned to projects as technology managers, and their names for
 * display. Reads the account tables directly: a project keeps only the account's public id.
 */
@ApplicationScoped
public class TechnologyManagers {
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** An enabled account holding the TECH_MANAGER role. */
  public boolean isManager(UUID accountId) {
    String sql =
        "select count(*) from account a join account_role r on r.account_id = a.id"
            + " where a.public_id = ? and r.role = 'TECH_MANAGER' and a.enabled = true";
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setObject(1, accountId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read accounts", e);
    }
  }

  /** An enabled technology manager, as a district administrator picks one. */
  public record Manager(UUID id, String name, String username) implements java.io.Serializable {}

  /**
   * The enabled technology managers by name, at most {@code max}: the choice of the project page's
   * manager dialog (a district has tens of them; the dialog filters them as one types).
   */
  public List<Manager> all(int max) {
    String sql =
        "select a.public_id, a.display_name, a.username from account a"
            + " join account_role r on r.account_id = a.id"
            + " where r.role = 'TECH_MANAGER' and a.enabled = true"
            + " order by a.display_name, a.username limit ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setInt(1, max);
      List<Manager> managers = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          managers.add(new Manager(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
        }
      }
      return managers;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read accounts", e);
    }
  }

  /** Display names of the given accounts; unknown ids are left out. */
  public Map<UUID, String> names(Collection<UUID> accountIds) {
    List<UUID> ids = accountIds.stream().filter(Objects::nonNull).distinct().toList();
    Map<UUID, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    String sql = "select public_id, display_name from account where public_id in (" + marks + ")";
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      Jdbc.bind(st, new ArrayList<>(ids));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          names.put(rs.getObject(1, UUID.class), rs.getString(2));
        }
      }
      return names;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read accounts", e);
    }
  }

  public String name(UUID accountId) {
    return accountId == null ? null : names(List.of(accountId)).get(accountId);
  }
}
