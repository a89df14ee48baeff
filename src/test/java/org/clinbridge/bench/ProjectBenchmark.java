package org.clinbridge.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.platform.persistence.Migrations;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The project search benchmark. Not a test: run it by hand against a database and an instance of
 * your choosing (docs/performance.md gives the commands).
 *
 * <pre>
 * seed     --db URL --db-user U --db-password P [--projects 100000] [--organisations 2000] [--managers 200]
 * explain  --db URL --db-user U --db-password P
 * run      --db URL --db-user U --db-password P --base http://localhost:8080
 *          --username admin --password PW [--threads 8] [--requests 2000] [--export-requests 20]
 * </pre>
 *
 * {@code seed} migrates the database first (the same Flyway setup as the application), so it works
 * on an empty database. {@code run} reads a sample of project ids from the database.
 */
public final class ProjectBenchmark {
  private ProjectBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: seed|explain|run --db URL --db-user U --db-password P ...");
      System.exit(2);
    }
    Map<String, String> o = options(args);
    String db = o.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/clinbridge_bench");
    String user = o.getOrDefault("db-user", "clinbridge_test");
    String password = o.getOrDefault("db-password", "clinbridge_test");
    switch (args[0]) {
      case "seed" -> {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db);
        ds.setUser(user);
        ds.setPassword(password);
        var migrated = Migrations.configure(ds).load().migrate();
        System.out.println("schema at version " + migrated.targetSchemaVersion);
        try (Connection c = ds.getConnection()) {
          Seeder.seed(
              c,
              Integer.parseInt(o.getOrDefault("projects", "100000")),
              Integer.parseInt(o.getOrDefault("organisations", "2000")),
              Integer.parseInt(o.getOrDefault("managers", "200")));
        }
      }
      case "explain" -> {
        try (Connection c = DriverManager.getConnection(db, user, password)) {
          Plans.explain(c);
        }
      }
      case "run" -> run(o, db, user, password);
      default -> throw new IllegalArgumentException("Unknown command " + args[0]);
    }
  }

  private static void run(Map<String, String> o, String db, String user, String password)
      throws Exception {
    String base = o.getOrDefault("base", "http://localhost:8080");
    int threads = Integer.parseInt(o.getOrDefault("threads", "8"));
    int requests = Integer.parseInt(o.getOrDefault("requests", "2000"));
    int exports = Integer.parseInt(o.getOrDefault("export-requests", "20"));
    List<UUID> ids = new ArrayList<>();
    long total;
    try (Connection c = DriverManager.getConnection(db, user, password);
        PreparedStatement st =
            c.prepareStatement("select public_id from project tablesample system (5) limit 5000");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getObject(1, UUID.class));
      }
      try (ResultSet count = c.createStatement().executeQuery("select count(*) from project")) {
        count.next();
        total = count.getLong(1);
      }
    }
    String token =
        o.containsKey("token")
            ? o.get("token")
            : HttpDriver.signIn(base, o.getOrDefault("username", "admin"), o.get("password"));
    HttpDriver d = new HttpDriver(base, token);
    List<String> filters =
        List.of(
            "stage=PILOT_MATURATION&category=MEDICAL_DEVICE&trlMin=5",
            "status=ACTIVE&sort=-updatedAt",
            "subcatalogue=07&class=III",
            "category=IVD&stage=PROOF_OF_CONCEPT",
            "status=ON_HOLD&trlMin=3&trlMax=6&sort=trl",
            "class=II&status=ACTIVE&sort=titleZh");
    List<String> words = new ArrayList<>();
    for (int i = 0; i < Seeder.ZH_SUBJECTS.length; i++) {
      words.add(Seeder.ZH_SUBJECTS[i]);
      words.add(Seeder.ZH_SUBJECTS[i] + Seeder.ZH_THINGS[i % Seeder.ZH_THINGS.length]);
      words.add(Seeder.EN_SUBJECTS[i]);
    }
    int warmup = Math.max(50, requests / 10);
    List<HttpDriver.Result> results = new ArrayList<>();
    results.add(
        d.run(
            "one project by id",
            () -> "/api/projects/" + HttpDriver.any(ids),
            threads,
            warmup,
            requests));
    results.add(
        d.run(
            "filtered list page (50)",
            () -> "/api/projects?limit=50&" + HttpDriver.any(filters),
            threads,
            warmup,
            requests));
    results.add(
        d.run(
            "text search page (50)",
            () -> "/api/projects?limit=50&q=" + HttpDriver.q(HttpDriver.any(words)),
            threads,
            warmup,
            requests));
    results.add(
        d.run(
            "CSV export, 10,000 rows",
            () -> "/api/projects/export?limit=10000&category=MEDICAL_DEVICE",
            Math.min(2, threads),
            2,
            exports));
    System.out.printf(
        "%n%,d projects; %d client threads; %d requests per scenario (%d for the export)%n%n",
        total, threads, requests, exports);
    double tps = HttpDriver.pgbench(db, user, password, threads, 20);
    HttpDriver.print(results, tps);
    HttpDriver.Result export = results.get(results.size() - 1);
    System.out.printf(
        "%nexport: %.1f MB per response, %.0f rows/s per stream%n",
        export.bytes() / (double) export.requests() / 1e6, 10_000 / (export.p50() / 1000));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Expected --option value, got " + args[i]);
      }
      o.put(args[i].substring(2), args[i + 1]);
    }
    return o;
  }
}
