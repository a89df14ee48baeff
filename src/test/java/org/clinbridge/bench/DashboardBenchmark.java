package org.clinbridge.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinbridge.platform.persistence.Migrations;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The district dashboard benchmark. Not a test: run it by hand (docs/performance.md, "Dashboard").
 *
 * <pre>
 * seed  --db URL [--projects 100000] [--scenes 10000] [--applications 200000]
 *       [--consultations 50000] [--contracts 20000] [--licences 10000]
 * run   --db URL --base http://localhost:8080 --password ADMIN_PW [--threads 4] [--requests 400]
 * </pre>
 *
 * {@code seed} migrates the database, seeds projects as the project benchmark does (when asked
 * for), then gives every project its stage events over the last years, and adds hospitals' scenes,
 * applications, consultations, technology contracts and licence applications in bulk with {@code
 * insert ... select ... generate_series}. {@code run} asks the dashboard as the district
 * administrator and as technology managers, and the portfolio, then runs pgbench at the same
 * concurrency and prints each path's ratio to it.
 */
public final class DashboardBenchmark {
  private DashboardBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      o.put(args[i].substring(2), args[i + 1]);
    }
    String db = o.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/clinbridge_bench");
    String user = o.getOrDefault("db-user", "clinbridge_test");
    String password = o.getOrDefault("db-password", "clinbridge_test");
    switch (args[0]) {
      case "seed" -> seed(o, db, user, password);
      case "run" -> run(o, db, user, password);
      default -> throw new IllegalArgumentException("seed or run, not " + args[0]);
    }
  }

  private static int n(Map<String, String> o, String key, int fallback) {
    return Integer.parseInt(o.getOrDefault(key, Integer.toString(fallback)));
  }

  private static void seed(Map<String, String> o, String db, String user, String password)
      throws Exception {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(db);
    ds.setUser(user);
    ds.setPassword(password);
    Migrations.configure(ds).load().migrate();
    try (Connection c = ds.getConnection()) {
      int projects = n(o, "projects", 100_000);
      if (projects > 0) {
        Seeder.seed(c, projects, 2000, 200);
      }
      c.setAutoCommit(true);
      try (Statement st = c.createStatement()) {
        step(st, "stage events", EVENTS);
        step(st, "stays of the stage events", STAYS);
        step(st, "projects' stage entry", STAGE_SINCE);
        step(st, "hospitals", HOSPITALS);
        step(st, "scenes", SCENES.replace("{n}", Integer.toString(n(o, "scenes", 10_000))));
        step(
            st,
            "applications",
            APPLICATIONS.replace("{n}", Integer.toString(n(o, "applications", 200_000))));
        step(
            st,
            "consultations",
            CONSULTATIONS.replace("{n}", Integer.toString(n(o, "consultations", 50_000))));
        step(
            st, "contracts", CONTRACTS.replace("{n}", Integer.toString(n(o, "contracts", 20_000))));
        step(st, "licences", LICENCES.replace("{n}", Integer.toString(n(o, "licences", 10_000))));
        for (String t :
            List.of(
                "project",
                "project_event",
                "scene",
                "scene_application",
                "consultation",
                "technology_contract",
                "licence_application")) {
          st.execute("vacuum analyze " + t);
        }
      }
    }
  }

  private static void step(Statement st, String what, String sql) throws Exception {
    long t = System.nanoTime();
    int rows = st.executeUpdate(sql);
    System.out.printf("%s: %,d rows in %.1f s%n", what, rows, (System.nanoTime() - t) / 1e9);
  }

  /**
   * A registration event at creation and one advance per later stage, dated in order, for the
   * projects that have none yet (the project benchmark's seed gives them none).
   */
  static final String EVENTS =
      """
      insert into project_event (id, project_id, seq, kind, from_stage, to_stage, from_status,
        to_status, actor_name, occurred_at)
      select nextval('project_event_seq'), p.id, s.i,
        case when s.i = 1 then 'REGISTERED' else 'ADVANCED' end,
        case when s.i = 1 then null else (array['LAB_RESEARCH', 'PROOF_OF_CONCEPT', 'PILOT_MATURATION', 'APPLICATION'])[s.i - 1] end,
        (array['LAB_RESEARCH', 'PROOF_OF_CONCEPT', 'PILOT_MATURATION', 'APPLICATION'])[s.i],
        case when s.i = 1 then null else 'ACTIVE' end, 'ACTIVE', 'bench',
        p.created_at + (s.i - 1) * (interval '40 days' + random() * interval '200 days')
      from project p
      cross join lateral generate_series(1, case p.stage when 'LAB_RESEARCH' then 1
        when 'PROOF_OF_CONCEPT' then 2 when 'PILOT_MATURATION' then 3 else 4 end) s(i)
      where not exists (select 1 from project_event e where e.project_id = p.id)
      """;

  /** The days each leaving event's stay lasted, as the entity fixes them (V101's backfill). */
  static final String STAYS =
      """
      update project_event e set stay_days = (
        extract(epoch from e.occurred_at) - extract(epoch from (
          select max(i.occurred_at) from project_event i
          where i.project_id = e.project_id and i.seq < e.seq
            and i.kind in ('REGISTERED', 'ADVANCED', 'RETURNED')))) / 86400.0
      where e.kind in ('ADVANCED', 'RETURNED', 'GRADUATED') and e.stay_days is null
      """;

  static final String STAGE_SINCE =
      """
      update project p set stage_since = e.at
      from (select project_id, max(occurred_at) at from project_event
            where kind in ('REGISTERED', 'ADVANCED', 'RETURNED') group by project_id) e
      where e.project_id = p.id and p.stage_since <> e.at
      """;

  static final String HOSPITALS =
      """
      insert into organisation (id, public_id, kind, name_zh, name_en, uscc, active, created_at,
        version)
      select nextval('organisation_seq'), gen_random_uuid(), 'HOSPITAL', '基准医院 ' || g,
        'Bench hospital ' || g, '12500106MB' || lpad(g::text, 7, '0') || 'X', true, now(), 0
      from generate_series(1, 10) g
      on conflict do nothing
      """;

  static final String SCENES =
      """
      insert into scene (id, public_id, hospital_id, type, title_zh, title_en, description_zh,
        description_en, trl_min, trl_max, certificate_required, capacity, accepted_count,
        opens_at, closes_at, publication, progress, published_at, created_at, updated_at, version)
      select nextval('scene_seq'), gen_random_uuid(), h.a[1 + g % array_length(h.a, 1)],
        (array['CLINICAL_TRIAL', 'CLINICAL_EVALUATION', 'USABILITY_STUDY', 'APPLICATION_PILOT'])[1 + g % 4],
        '基准场景 ' || g, 'Bench scene ' || g, '场景说明', 'A scene', 3, 8, false, 5, g % 4,
        t, t + interval '90 days', 'ACTIVE', 'RECRUITING', t, t, t, 0
      from generate_series(1, {n}) g,
        (select array_agg(id) a from organisation where name_en like 'Bench hospital %') h,
        lateral (select now() - random() * interval '700 days' t) w
      """;

  static final String APPLICATIONS =
      """
      insert into scene_application (id, public_id, scene_id, project_id, applicant_id, status,
        live, created_at, submitted_at, updated_at, version)
      select nextval('scene_application_seq'), gen_random_uuid(),
        s.a[1 + (g * 7919 + g / 100000) % array_length(s.a, 1)], p.id[1 + g % array_length(p.id, 1)],
        p.o[1 + g % array_length(p.o, 1)], st, case when st in ('REJECTED', 'WITHDRAWN') then null else 1 end,
        t, t, t, 0
      from generate_series(1, {n}) g,
        (select array_agg(id order by id) a from scene where title_en like 'Bench scene %') s,
        (select array_agg(id order by id) id, array_agg(owner_id order by id) o from project) p,
        lateral (select (array['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'])[1 + g % 5] st,
          now() - random() * interval '700 days' t) w
      on conflict do nothing
      """;

  static final String CONSULTATIONS =
      """
      insert into consultation (id, public_id, asker_org_id, asker, project_id, topic, subject,
        question, status, assignee, specialist_group, rating, created_at, first_response_at,
        first_response_minutes, first_response_breached_at, updated_at, version)
      select nextval('consultation_seq'), gen_random_uuid(), p.o[1 + g % array_length(p.o, 1)],
        'bench', p.id[1 + g % array_length(p.id, 1)], l.topics[1 + g % array_length(l.topics, 1)],
        '基准问题 ' || g, '如何注册？', (array['NEW', 'OPEN', 'PENDING_CUSTOMER', 'RESOLVED', 'CLOSED'])[1 + g % 5],
        'bench-consultant', 'registration', case when g % 5 >= 3 then 1 + g % 5 end, t,
        t + interval '3 hours', 60 + g % 400, case when g % 11 = 0 then t + interval '9 hours' end, t, 0
      from generate_series(1, {n}) g,
        (select array_agg(id order by id) id, array_agg(owner_id order by id) o from project) p,
        (select array_agg(topic) topics from consultation_service_level) l,
        lateral (select now() - random() * interval '700 days' t) w
      """;

  static final String CONTRACTS =
      """
      insert into technology_contract (id, public_id, project_id, type, title_zh, title_en,
        amount, signed_on, state, registration_number, certified_income, created_at, version)
      select nextval('technology_contract_seq'), gen_random_uuid(), p.id[1 + g % array_length(p.id, 1)],
        (array['DEVELOPMENT', 'TRANSFER', 'LICENCE', 'CONSULTANCY', 'SERVICE'])[1 + g % 5],
        '基准合同 ' || g, 'Bench contract ' || g, a, d,
        case when g % 3 = 0 then 'UNDER_REVIEW' else 'REGISTERED' end,
        case when g % 3 = 0 then null else 'B' || lpad(g::text, 12, '0') end,
        case when g % 3 = 0 then null else round(a * 0.8, 2) end, now(), 0
      from generate_series(1, {n}) g,
        (select array_agg(id order by id) id from project) p,
        lateral (select round((10000 + random() * 5000000)::numeric, 2) a,
          current_date - (random() * 700)::int d) w
      on conflict do nothing
      """;

  static final String LICENCES =
      """
      insert into licence_application (id, public_id, project_id, type, route, device_class,
        origin, authority, product_zh, product_en, state, supplement_due_on, state_since,
        event_count, created_at, version)
      select nextval('licence_application_seq'), gen_random_uuid(), p.id[1 + g % array_length(p.id, 1)],
        'INITIAL_REGISTRATION', 'NMPA', 'II', 'DOMESTIC', 'PROVINCE', '基准产品 ' || g,
        'Bench product ' || g, st,
        case when st = 'SUPPLEMENT_REQUESTED' then current_date + (g % 300) end, current_date, 1,
        now(), 0
      from generate_series(1, {n}) g,
        (select array_agg(id order by id) id from project) p,
        lateral (select (array['PLANNED', 'IN_PREPARATION', 'SUBMITTED', 'ACCEPTED',
          'UNDER_TECHNICAL_REVIEW', 'SUPPLEMENT_REQUESTED', 'APPROVED'])[1 + g % 7] st) w
      """;

  private static void run(Map<String, String> o, String db, String user, String password)
      throws Exception {
    String base = o.getOrDefault("base", "http://localhost:8080");
    int threads = n(o, "threads", 4);
    int requests = n(o, "requests", 400);
    String admin = HttpDriver.signIn(base, "admin", o.get("password"));
    List<String> managers = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db, user, password);
        PreparedStatement st =
            c.prepareStatement(
                "select username from account where username like 'bench-%-manager-%' limit 1");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        managers.add(rs.getString(1));
      }
    }
    List<HttpDriver.Result> results = new ArrayList<>();
    HttpDriver district = new HttpDriver(base, admin);
    HttpDriver computed = district.with("Cache-Control", "no-cache");
    int warmup = Math.max(20, requests / 10);
    results.add(
        computed.run(
            "dashboard, whole district, computed each time",
            () -> "/api/dashboard",
            threads,
            warmup,
            requests));
    results.add(
        district.run(
            "dashboard, whole district, within the minute it is kept",
            () -> "/api/dashboard",
            threads,
            warmup,
            requests));
    results.add(
        computed.run(
            "dashboard, one manager (named by the administrator), computed each time",
            () -> "/api/dashboard?manager=" + managerId(db, user, password, managers),
            threads,
            warmup,
            requests));
    results.add(
        district.run(
            "portfolio, whole district",
            () -> "/api/dashboard/portfolio",
            threads,
            warmup,
            requests));
    results.add(
        computed.run(
            "funnel CSV, computed each time",
            () -> "/api/dashboard/funnel.csv",
            threads,
            warmup,
            requests / 4));
    try (Connection c = DriverManager.getConnection(db, user, password);
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select (select count(*) from project), (select count(*) from scene),"
                        + " (select count(*) from scene_application),"
                        + " (select count(*) from consultation),"
                        + " (select count(*) from technology_contract),"
                        + " (select count(*) from licence_application)")) {
      rs.next();
      System.out.printf(
          "%n%,d projects, %,d scenes, %,d applications, %,d consultations, %,d contracts,"
              + " %,d licence applications; %d client threads%n%n",
          rs.getLong(1),
          rs.getLong(2),
          rs.getLong(3),
          rs.getLong(4),
          rs.getLong(5),
          rs.getLong(6),
          threads);
    }
    double tps = HttpDriver.pgbench(db, user, password, threads, 20);
    HttpDriver.print(results, tps);
  }

  private static String managerCache;

  /** The account id of the first bench manager (the harness's named portfolio). */
  private static synchronized String managerId(
      String db, String user, String password, List<String> managers) {
    if (managerCache == null) {
      try (Connection c = DriverManager.getConnection(db, user, password);
          PreparedStatement st =
              c.prepareStatement("select public_id from account where username = ?")) {
        st.setString(1, managers.get(0));
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          managerCache = rs.getString(1);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return managerCache;
  }
}
