package org.clinbridge.projects.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.clinbridge.organisations.control.TechnologyManagers;
import org.clinbridge.platform.paging.Cursor;
import org.clinbridge.platform.paging.PageRequest;
import org.clinbridge.platform.persistence.Database;
import org.clinbridge.platform.persistence.Like;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.entity.Project;

/**
 * Finding projects: the filters, the free-text search and the sort orders of the project list, as
 * one SQL condition shared by the list (keyset pages) and the CSV export, so both always show the
 * same selection.
 *
 * <p>The free text is matched against {@code search_text}. On PostgreSQL a query of two letters or
 * digits (most Chinese words) goes through the bigram tsvector and its GIN index, re-checked with
 * LIKE; longer queries use LIKE, served by the trigram GIN index (migration V34). On H2 every query
 * is a plain LIKE.
 */
@ApplicationScoped
public class ProjectSearch {
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @PersistenceContext EntityManager em;

  @jakarta.inject.Inject TechnologyManagers managers;

  private volatile Boolean postgres;

  /**
   * A condition over {@code project p} and its parameters. {@code textIndexed}: it holds a
   * free-text match that a GIN index serves (PostgreSQL), see {@link #pageQuery}.
   */
  /** A tsquery bound as a parameter (PostgreSQL only). */
  public record TsQuery(String text) {}

  /** Binds the parameters of a {@link Where} to a statement; for the benchmark's EXPLAIN too. */
  public static void bind(PreparedStatement st, List<Object> params) throws SQLException {
    Jdbc.bind(st, params);
  }

  public record Where(String sql, List<Object> params, boolean textIndexed) {
    public Where(String sql, List<Object> params) {
      this(sql, params, false);
    }
  }

  public Where where(ProjectFilter f, ProjectAccess.Scope scope) {
    return where(f, scope, postgres());
  }

  /** The condition for a database of the given kind; public for the benchmark's EXPLAIN. */
  public static Where where(ProjectFilter f, ProjectAccess.Scope scope, boolean postgres) {
    List<String> and = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    and.add(scope.sql());
    params.addAll(scope.params());
    in(and, params, "p.stage", names(f.stages()));
    in(and, params, "p.status", names(f.statuses()));
    in(and, params, "p.category", names(f.categories()));
    in(and, params, "p.subcatalogue_code", f.subcatalogues());
    in(and, params, "p.expected_class", names(f.classes()));
    if (f.trlMin() != null) {
      and.add("p.trl >= ?");
      params.add(f.trlMin());
    }
    if (f.trlMax() != null) {
      and.add("p.trl <= ?");
      params.add(f.trlMax());
    }
    if (f.manager() != null) {
      and.add("p.manager_account_id = ?");
      params.add(f.manager().toString());
    }
    if (f.ownerRef() != null) {
      and.add("p.owner_id = ?");
      params.add(f.ownerRef());
    }
    if (f.text() != null) {
      String like = Like.containing(f.text());
      if (postgres && f.text().matches("[\\p{L}\\p{N}]{2}")) {
        // Two letters are one bigram: the tsquery is that lexeme, bound as a value. Built in SQL
        // (phraseto_tsquery(clinbridge_bigrams(?))) it is not folded to a constant in a generic
        // plan and the bigram function may run once per row (measured: 0.6 s instead of 20 ms).
        and.add("p.search_bigrams @@ ? and p.search_text like ? escape '\\'");
        params.add(new TsQuery("'" + f.text() + "'"));
        params.add(like);
      } else {
        and.add("p.search_text like ? escape '\\'");
        params.add(like);
      }
    }
    return new Where(String.join(" and ", and), params, postgres && f.text() != null);
  }

  /** Up to {@code limit + 1} projects of the selection after the cursor, owners loaded. */
  public List<Project> page(Where where, ProjectSort.Order order, PageRequest request) {
    List<String> after = null;
    if (!request.first()) {
      after = Cursor.decode(request.cursor(), order.cursorTag(), 2).keys();
    }
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      Where sql = pageQuery(where, order, after, request.limit() + 1, few(c, where));
      try (PreparedStatement st = c.prepareStatement(sql.sql())) {
        Jdbc.bind(st, sql.params());
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Project search failed", e);
    }
    return load(ids);
  }

  /**
   * The ids of one page: {@code rows} rows of the selection in {@code order}, after the row whose
   * sort keys are {@code after} (none for the first page).
   */
  public static Where pageQuery(
      Where where, ProjectSort.Order order, List<String> after, int rows, boolean materialize) {
    StringBuilder sql = new StringBuilder();
    if (materialize) {
      sql.append("with p as materialized (select p.id, p.code, p.updated_at, p.trl, p.title_en,")
          .append(" p.title_zh from project p where ")
          .append(where.sql())
          .append(") select p.id from p where 1 = 1");
    } else {
      sql.append("select p.id from project p where ").append(where.sql());
    }
    List<Object> params = new ArrayList<>(where.params());
    if (after != null) {
      sql.append(" and ").append(order.after());
      try {
        params.addAll(order.afterParams(after));
      } catch (RuntimeException unparsable) {
        throw ProblemException.invalidField("cursor", "paging.cursor.invalid");
      }
    }
    sql.append(" order by ").append(order.orderBy()).append(" limit ?");
    params.add(rows);
    return new Where(sql.toString(), params);
  }

  /** Selections of at most this many rows are read through the text index, then sorted. */
  public static final int FEW = 1000;

  /**
   * Whether to select the matching rows first through the text index (a materialised CTE) and only
   * then sort them and cut the page. With a free-text match the planner estimates poorly and tends
   * to walk the sort index, filtering every row on the way: right for a common word (a page is
   * found after a few hundred rows), very slow for a rare one (most of the table is read). So a
   * bounded probe counts the selection, up to {@link #FEW} + 1 rows, and only small selections are
   * materialised. Measured at 100,000 projects in docs/performance.md.
   */
  public static boolean few(Connection c, Where where) throws SQLException {
    if (!where.textIndexed()) {
      return false;
    }
    customPlans(c);
    Where probe = probeQuery(where);
    try (PreparedStatement st = c.prepareStatement(probe.sql())) {
      Jdbc.bind(st, probe.params());
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1) <= FEW;
      }
    }
  }

  /**
   * Plans text searches for their actual words: a generic plan (which PostgreSQL may choose after a
   * statement ran five times) cannot tell a rare word from a common one. For the current
   * transaction only, so pooled connections keep their defaults.
   */
  private static void customPlans(Connection c) throws SQLException {
    try (java.sql.Statement st = c.createStatement()) {
      st.execute("set local plan_cache_mode = force_custom_plan");
    }
  }

  public static Where probeQuery(Where where) {
    List<Object> params = new ArrayList<>(where.params());
    params.add(FEW + 1);
    return new Where(
        "select count(*) from (select 1 from project p where " + where.sql() + " limit ?) x",
        params);
  }

  /** The projects with these ids, in this order. */
  private List<Project> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Project> found =
        em.createQuery(
                "select p from Project p join fetch p.owner where p.id in :ids", Project.class)
            .setParameter("ids", ids)
            .getResultList();
    Map<Long, Integer> position = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    List<Project> ordered = new ArrayList<>(found);
    ordered.sort(Comparator.comparing(p -> position.get(p.id())));
    return ordered;
  }

  /** The columns of the CSV export, in order. */
  public static final List<String> EXPORT_COLUMNS =
      List.of(
          "code",
          "title_zh",
          "title_en",
          "category",
          "subcatalogue",
          "expected_class",
          "stage",
          "status",
          "trl",
          "owner_zh",
          "owner_en",
          "manager",
          "source_institution",
          "created_at",
          "updated_at");

  /** Receives the exported rows one at a time. */
  @FunctionalInterface
  public interface RowSink {
    void row(List<Object> values) throws java.io.IOException;
  }

  /**
   * Streams up to {@code maxRows} rows of the selection to {@code sink} with a database cursor, so
   * memory stays flat however large the export. Runs outside the request's transaction (the HTTP
   * response is written after the resource method returns), on a connection of its own.
   */
  public int export(Where where, ProjectSort.Order order, int maxRows, RowSink sink)
      throws java.io.IOException {
    int n = 0;
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      // PostgreSQL streams with a cursor only inside a transaction and with a fetch size.
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try (PreparedStatement st =
          c.prepareStatement(exportQuery(where, order, maxRows, few(c, where)).sql())) {
        List<Object> params = exportQuery(where, order, maxRows, false).params();
        st.setFetchSize(1000);
        Jdbc.bind(st, params);
        // A district has tens of managers: each one's name is asked of the organisations area
        // once per export, and the rows carry it instead of the account's id.
        Map<String, String> managerNames = new HashMap<>();
        try (ResultSet rs = st.executeQuery()) {
          int columns = EXPORT_COLUMNS.size();
          while (rs.next()) {
            List<Object> row = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) {
              row.add(rs.getObject(i));
            }
            if (row.get(MANAGER) instanceof String id) {
              row.set(
                  MANAGER,
                  managerNames.computeIfAbsent(
                      id, k -> managers.name(java.util.UUID.fromString(k))));
            }
            sink.row(row);
            n++;
          }
        }
      } finally {
        c.rollback();
        c.setReadOnly(false);
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Project export failed", e);
    }
    return n;
  }

  /** Where the export's row holds the manager: the account's id from the query, then its name. */
  static final int MANAGER = EXPORT_COLUMNS.indexOf("manager");

  /**
   * The export's rows: the selection in order, joined with the owner's names; the manager is the
   * account's public id, named by {@link #export} through the organisations area, which owns the
   * account tables.
   */
  public static Where exportQuery(
      Where where, ProjectSort.Order order, int maxRows, boolean materialize) {
    String sql =
        (materialize
                ? "with sel as materialized (select p.id from project p where " + where.sql() + ") "
                : "")
            + "select p.code, p.title_zh, p.title_en, p.category, p.subcatalogue_code,"
            + " p.expected_class, p.stage, p.status, p.trl, o.name_zh, o.name_en,"
            + " p.manager_account_id, p.source_institution, p.created_at, p.updated_at"
            + " from project p join organisation o on o.id = p.owner_id where "
            + (materialize ? "p.id in (select id from sel)" : where.sql())
            + " order by "
            + order.orderBy()
            + " limit ?";
    List<Object> params = new ArrayList<>(where.params());
    params.add(maxRows);
    return new Where(sql, params);
  }

  private boolean postgres() {
    Boolean p = postgres;
    if (p == null) {
      try (Connection c = dataSource.getConnection()) {
        p = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot reach the database", e);
      }
      postgres = p;
    }
    return p;
  }

  private static void in(
      List<String> and, List<Object> params, String column, Collection<?> values) {
    if (values.isEmpty()) {
      return;
    }
    and.add(column + " in (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
    params.addAll(values.stream().sorted(Comparator.comparing(Object::toString)).toList());
  }

  private static List<String> names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toList();
  }
}
