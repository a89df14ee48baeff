package org.clinbridge.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.projects.control.ProjectAccess;
import org.clinbridge.projects.control.ProjectFilter;
import org.clinbridge.projects.control.ProjectSearch;
import org.clinbridge.projects.control.ProjectSort;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.projects.entity.Stage;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * Prints {@code EXPLAIN (ANALYZE, BUFFERS)} of the statements the application issues for the
 * benchmarked requests, built by the same code ({@link ProjectSearch}), so that the plans shown are
 * the plans served.
 */
final class Plans {
  private Plans() {}

  static void explain(Connection c) throws SQLException {
    ProjectAccess.Scope all = new ProjectAccess.Scope("1 = 1", List.of());
    String someManager =
        one(
            c,
            "select manager_account_id from project where manager_account_id is not null limit 1",
            String.class);
    ProjectAccess.Scope manager =
        new ProjectAccess.Scope("(p.manager_account_id = ?)", List.of(someManager));
    UUID someProject = one(c, "select public_id from project offset 1000 limit 1", UUID.class);
    ProjectSort.Order byCode = ProjectSort.parse(null);
    ProjectSort.Order byUpdated = ProjectSort.parse("-updatedAt");
    ProjectFilter none = ProjectFilter.none();

    show(
        c,
        "one project by public id",
        new ProjectSearch.Where(
            "select p.* from project p join organisation o on o.id = p.owner_id"
                + " where p.public_id = ?",
            List.of(someProject)));
    show(
        c,
        "list page: stage + category + TRL >= 5, by code",
        page(
            c,
            ProjectSearch.where(
                filter(
                    Set.of(Stage.PILOT_MATURATION),
                    Set.of(ProjectCategory.MEDICAL_DEVICE),
                    5,
                    null),
                all,
                true),
            byCode));
    show(
        c,
        "list page: status ACTIVE, newest update first",
        page(
            c,
            ProjectSearch.where(
                new ProjectFilter(
                    Set.of(),
                    Set.of(ProjectStatus.ACTIVE),
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    null,
                    null,
                    null,
                    null,
                    null),
                all,
                true),
            byUpdated));
    show(
        c,
        "list page: a technology manager's own projects",
        page(c, ProjectSearch.where(none, manager, true), byCode));
    show(
        c,
        "list page: sub-catalogue 07, class III",
        page(
            c,
            ProjectSearch.where(
                new ProjectFilter(
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Set.of("07"),
                    Set.of(DeviceClass.III),
                    null,
                    null,
                    null,
                    null,
                    null),
                all,
                true),
            byCode));
    for (String q : List.of("超声", "超声探头", "ultrasound", "项目", "p-2025-00")) {
      show(c, "text search '" + q + "'", page(c, ProjectSearch.where(text(q), all, true), byCode));
    }
    show(
        c,
        "text search '超声' by a technology manager",
        page(c, ProjectSearch.where(text("超声"), manager, true), byCode));
    show(
        c,
        "CSV export, 10,000 rows of MEDICAL_DEVICE",
        ProjectSearch.exportQuery(
            ProjectSearch.where(
                filter(Set.of(), Set.of(ProjectCategory.MEDICAL_DEVICE), null, null), all, true),
            byCode,
            10_000,
            false));
  }

  static ProjectFilter filter(
      Set<Stage> stages, Set<ProjectCategory> categories, Integer trlMin, String text) {
    return new ProjectFilter(
        stages, Set.of(), categories, Set.of(), Set.of(), trlMin, null, null, null, text);
  }

  static ProjectFilter text(String q) {
    return filter(Set.of(), Set.of(), null, q);
  }

  /** The page query as the application builds it, after the same probe. */
  private static ProjectSearch.Where page(
      Connection c, ProjectSearch.Where where, ProjectSort.Order order) throws SQLException {
    boolean few = ProjectSearch.few(c, where);
    if (where.textIndexed()) {
      System.out.println(
          "\n(probe: " + (few ? "at most " : "more than ") + ProjectSearch.FEW + " rows)");
    }
    return ProjectSearch.pageQuery(where, order, null, 51, few);
  }

  private static void show(Connection c, String title, ProjectSearch.Where q) throws SQLException {
    System.out.println("\n### " + title + "\n");
    System.out.println("    " + q.sql().replace("?", "$"));
    try (PreparedStatement st = c.prepareStatement("explain (analyze, buffers) " + q.sql())) {
      ProjectSearch.bind(st, q.params());
      try (ResultSet rs = st.executeQuery()) {
        System.out.println();
        while (rs.next()) {
          System.out.println("    " + rs.getString(1));
        }
      }
    }
  }

  private static <T> T one(Connection c, String sql, Class<T> type) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getObject(1, type);
    }
  }
}
