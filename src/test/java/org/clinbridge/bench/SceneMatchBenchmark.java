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
import java.util.UUID;

/**
 * The scene matching benchmark (docs/performance.md, "Matching scenes and projects"). Not a test:
 * run by hand on a database the project benchmark seeded with its 100,000 projects.
 *
 * <pre>
 * seed  --db URL --db-user U --db-password P [--scenes 10000] [--hospitals 50]
 * run   --db URL --db-user U --db-password P --base http://localhost:8080
 *       --username admin --password PW [--threads 4] [--requests 400]
 * </pre>
 *
 * {@code seed} writes hospitals and active scenes with windows open now, accepting one to three
 * sub-catalogues (or any), a class set (or any) and a TRL range, and makes 60 % of the projects
 * findable. {@code run} asks for the scenes of random projects and the projects of random scenes.
 */
public final class SceneMatchBenchmark {
  private SceneMatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      o.put(args[i].substring(2), args[i + 1]);
    }
    String db = o.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/clinbridge_bench");
    String user = o.getOrDefault("db-user", "clinbridge_test");
    String password = o.getOrDefault("db-password", "clinbridge_test");
    try (Connection c = DriverManager.getConnection(db, user, password)) {
      switch (args[0]) {
        case "seed" ->
            seed(
                c,
                Integer.parseInt(o.getOrDefault("scenes", "10000")),
                Integer.parseInt(o.getOrDefault("hospitals", "50")));
        case "run" -> run(c, o);
        default -> throw new IllegalArgumentException("Unknown command " + args[0]);
      }
    }
  }

  static void seed(Connection c, int scenes, int hospitals) throws Exception {
    c.setAutoCommit(false);
    try (PreparedStatement org =
        c.prepareStatement(
            "insert into organisation (id, public_id, kind, name_zh, name_en, uscc, active,"
                + " created_at, version) values (nextval('organisation_seq'), ?, 'HOSPITAL', ?, ?,"
                + " ?, true, now(), 0)")) {
      for (int h = 0; h < hospitals; h++) {
        org.setObject(1, UUID.randomUUID());
        org.setString(2, "基准医院" + h);
        org.setString(3, "Bench hospital " + h);
        // Not a valid USCC: the rows are written by SQL, and the column only has to be unique.
        org.setString(4, String.format("BENCHH%012d", h));
        org.addBatch();
      }
      org.executeBatch();
    }
    try (Statement st = c.createStatement()) {
      st.execute(
          """
          insert into scene (id, public_id, hospital_id, type, title_zh, title_en, description_zh,
            description_en, department_zh, department_en, trl_min, trl_max, certificate_required,
            capacity, accepted_count, opens_at, closes_at, publication, progress, created_at,
            updated_at, version)
          select nextval('scene_seq'), gen_random_uuid(), h.id,
            (array['CLINICAL_TRIAL','CLINICAL_EVALUATION','USABILITY_STUDY','APPLICATION_PILOT'])[1 + g % 4],
            '基准场景 ' || g, 'Bench scene ' || g, '基准说明', 'Bench description',
            '心血管内科', 'Cardiology',
            1 + g % 6, least(9, 1 + g % 6 + 1 + g % 4), false, 1 + g % 10, 0,
            now() - interval '10 days', now() + interval '60 days', 'ACTIVE', 'RECRUITING',
            now() - (g || ' seconds')::interval, now(), 0
          from generate_series(1, :scenes) g
          join lateral (select id from organisation where name_en = 'Bench hospital ' || (g % :hospitals)) h on true
          """
              .replace(":scenes", Integer.toString(scenes))
              .replace(":hospitals", Integer.toString(hospitals)));
      // One to three accepted sub-catalogues for four scenes in five; the fifth accepts any.
      st.execute(
          """
          insert into scene_subcatalogue (scene_id, code)
          select distinct s.id, lpad((1 + (s.id / 50 + k * 7) % 22)::text, 2, '0')
          from scene s cross join generate_series(0, 2) k
          where s.title_en like 'Bench scene %' and (s.id / 50) % 5 <> 0 and k <= (s.id / 50) % 3
          """);
      st.execute(
          """
          insert into scene_device_class (scene_id, device_class)
          select s.id, c from scene s cross join (values ('II'), ('III')) v(c)
          where s.title_en like 'Bench scene %' and (s.id / 50) % 3 = 0
          """);
      st.execute(
          """
          insert into scene_site (id, public_id, scene_id, name_zh, name_en, progress, position)
          select nextval('scene_site_seq'), gen_random_uuid(), s.id, '心血管内科', 'Cardiology',
            'RECRUITING', 0 from scene s where s.title_en like 'Bench scene %'
          """);
      st.execute("update project set findable = (id / 50) % 5 < 3");
      st.execute("analyze");
    }
    c.commit();
    try (ResultSet rs =
        c.createStatement()
            .executeQuery(
                "select (select count(*) from scene where publication = 'ACTIVE'),"
                    + " (select count(*) from project),"
                    + " (select count(*) from project where findable)")) {
      rs.next();
      System.out.printf(
          "%,d active scenes, %,d projects (%,d findable)%n",
          rs.getLong(1), rs.getLong(2), rs.getLong(3));
    }
  }

  static void run(Connection c, Map<String, String> o) throws Exception {
    List<UUID> projects =
        sample(c, "select public_id from project tablesample system (5) limit 2000");
    List<UUID> scenes =
        sample(c, "select public_id from scene where publication = 'ACTIVE' limit 2000");
    String base = o.getOrDefault("base", "http://localhost:8080");
    int threads = Integer.parseInt(o.getOrDefault("threads", "4"));
    int requests = Integer.parseInt(o.getOrDefault("requests", "400"));
    String token = HttpDriver.signIn(base, o.getOrDefault("username", "admin"), o.get("password"));
    HttpDriver d = new HttpDriver(base, token);
    int warmup = Math.max(20, requests / 10);
    List<HttpDriver.Result> results = new ArrayList<>();
    results.add(
        d.run(
            "scenes for a project (top 20)",
            () -> "/api/scenes/matches?project=" + HttpDriver.any(projects),
            threads,
            warmup,
            requests));
    results.add(
        d.run(
            "projects for a scene (top 20)",
            () -> "/api/scenes/" + HttpDriver.any(scenes) + "/matches",
            threads,
            warmup,
            requests));
    HttpDriver.print(results);
  }

  private static List<UUID> sample(Connection c, String sql) throws Exception {
    List<UUID> ids = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getObject(1, UUID.class));
      }
    }
    return ids;
  }
}
