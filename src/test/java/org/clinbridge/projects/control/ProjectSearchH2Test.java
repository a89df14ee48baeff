package org.clinbridge.projects.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.platform.persistence.Migrations;
import org.clinbridge.projects.entity.ProjectStatus;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project search's hand-written SQL on the H2 quickstart (PostgreSQL is covered by the
 * black-box tests): the code sequence, keyset pages in every order, the LIKE fallback for text, the
 * manager filter and the export's joins, on the migrated quickstart schema.
 */
class ProjectSearchH2Test {
  private static JdbcDataSource ds;
  private static final UUID MANAGER = UUID.randomUUID();

  @BeforeAll
  static void schema() throws Exception {
    ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Migrations.configure(ds).load().migrate();
    try (Connection c = ds.getConnection()) {
      exec(
          c,
          "insert into organisation (id, public_id, kind, name_zh, name_en, uscc, active, created_at,"
              + " version) values (1, random_uuid(), 'START_UP', '甲', 'A', '91500106MA5U8G7X26', true,"
              + " current_timestamp, 0)");
      exec(
          c,
          "insert into account (id, public_id, username, display_name, organisation_id, enabled,"
              + " created_at, version) values (1, '"
              + MANAGER
              + "', 'm', '经理人', 1, true, current_timestamp, 0)");
      for (int i = 1; i <= 7; i++) {
        String code = "P-2026-" + String.format("%06d", i);
        String zh = (i % 2 == 0 ? "超声探头" : "心电贴片") + i;
        exec(
            c,
            "insert into project (id, public_id, code, owner_id, title_zh, title_en, summary_zh,"
                + " summary_en, category, trl, stage, status, manager_account_id, search_text,"
                + " created_at, updated_at, version) values ("
                + i
                + ", random_uuid(), '"
                + code
                + "', 1, '"
                + zh
                + "', 'Title "
                + (8 - i)
                + "', '摘要', 'Summary', 'MEDICAL_DEVICE', "
                + (i % 3 + 1)
                + ", 'LAB_RESEARCH', 'ACTIVE', "
                + (i <= 3 ? "'" + MANAGER + "'" : "null")
                + ", '"
                + (code + " " + zh + " title").toLowerCase()
                + "', current_timestamp, timestamp with time zone '2026-01-01 00:00:00+00' + "
                + i
                + " * interval '1' hour, 0)");
      }
    }
  }

  private static void exec(Connection c, String sql) throws Exception {
    try (var st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static List<String> codes(Connection c, ProjectSearch.Where q) throws Exception {
    List<String> out = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement("select code from project where id in (" + q.sql() + ") order by 1")) {
      ProjectSearch.bind(st, q.params());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static List<Long> ids(Connection c, ProjectSearch.Where q) throws Exception {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(q.sql())) {
      ProjectSearch.bind(st, q.params());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  private static final ProjectAccess.Scope ALL = new ProjectAccess.Scope("1 = 1", List.of());

  @Test
  void theCodeSequenceCountsUp() throws Exception {
    try (Connection c = ds.getConnection();
        ResultSet rs = c.createStatement().executeQuery("select nextval('project_code_seq')")) {
      rs.next();
      assertThat(rs.getLong(1)).isPositive();
    }
  }

  @Test
  void textIsALikeOnH2AndTheManagerFilterMatchesTheTextColumn() throws Exception {
    try (Connection c = ds.getConnection()) {
      var text =
          ProjectSearch.where(
              new ProjectFilter(
                  Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, "超声"),
              ALL,
              false);
      assertThat(text.textIndexed()).isFalse();
      assertThat(codes(c, ProjectSearch.pageQuery(text, ProjectSort.parse(null), null, 51, false)))
          .containsExactly("P-2026-000002", "P-2026-000004", "P-2026-000006");
      var managed =
          ProjectSearch.where(
              new ProjectFilter(
                  Set.of(),
                  Set.of(ProjectStatus.ACTIVE),
                  Set.of(),
                  Set.of(),
                  Set.of(),
                  1,
                  9,
                  MANAGER,
                  1L,
                  null),
              new ProjectAccess.Scope("(p.manager_account_id = ?)", List.of(MANAGER.toString())),
              false);
      assertThat(
              codes(c, ProjectSearch.pageQuery(managed, ProjectSort.parse(null), null, 51, false)))
          .containsExactly("P-2026-000001", "P-2026-000002", "P-2026-000003");
    }
  }

  /** Walking every order two rows at a time visits every project once, in order. */
  @Test
  void keysetPagesWorkInEveryOrder() throws Exception {
    try (Connection c = ds.getConnection()) {
      var all = ProjectSearch.where(ProjectFilter.none(), ALL, false);
      for (String sort : List.of("code", "-code", "trl", "-updatedAt", "titleEn", "-titleZh")) {
        ProjectSort.Order order = ProjectSort.parse(sort);
        List<Long> walked = new ArrayList<>();
        List<String> after = null;
        for (int page = 0; page < 10; page++) {
          List<Long> rows = ids(c, ProjectSearch.pageQuery(all, order, after, 2, false));
          walked.addAll(rows);
          if (rows.size() < 2) {
            break;
          }
          after = keysOf(c, order, rows.get(rows.size() - 1));
        }
        assertThat(walked).as(sort).hasSize(7).doesNotHaveDuplicates();
      }
    }
  }

  /** The cursor keys of one row, as ProjectSort.Order.keysOf gives them for an entity. */
  private static List<String> keysOf(Connection c, ProjectSort.Order order, long id)
      throws Exception {
    String column =
        switch (order.sort()) {
          case CODE -> "code";
          case UPDATED -> "updated_at";
          case TRL -> "trl";
          case TITLE_EN -> "title_en";
          case TITLE_ZH -> "title_zh";
        };
    try (PreparedStatement st =
        c.prepareStatement("select " + column + ", code from project where id = ?")) {
      st.setLong(1, id);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        Object key = rs.getObject(1);
        String text =
            key instanceof java.time.OffsetDateTime t ? t.toString() : String.valueOf(key);
        return List.of(text, rs.getString(2));
      }
    }
  }

  @Test
  void theExportJoinsOwnerNamesAndCarriesTheManagersId() throws Exception {
    try (Connection c = ds.getConnection()) {
      var q =
          ProjectSearch.exportQuery(
              ProjectSearch.where(ProjectFilter.none(), ALL, false),
              ProjectSort.parse(null),
              100,
              false);
      try (PreparedStatement st = c.prepareStatement(q.sql())) {
        ProjectSearch.bind(st, q.params());
        try (ResultSet rs = st.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("P-2026-000001");
          assertThat(rs.getString(10)).isEqualTo("甲");
          // The manager's account id: export() names it through the organisations area.
          assertThat(rs.getString(12)).isEqualTo(MANAGER.toString());
        }
      }
    }
  }
}
