package org.clinbridge.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Fills a PostgreSQL database with benchmark data in bulk: organisations and technology managers
 * through batched inserts, projects with one {@code insert ... select ... from generate_series} per
 * chunk, so 100,000 projects take seconds rather than the hours a REST client would. The texts are
 * built from a small bilingual vocabulary, so searches for its words hit realistic shares of rows.
 */
final class Seeder {
  static final String[] ZH_SUBJECTS = {
    "心电", "血糖", "影像", "手术", "康复", "监测", "诊断", "试剂", "导管", "支架",
    "呼吸", "麻醉", "超声", "内镜", "骨科", "眼科", "口腔", "透析", "输液", "基因"
  };
  static final String[] EN_SUBJECTS = {
    "ECG", "glucose", "imaging", "surgical", "rehabilitation", "monitoring", "diagnostic",
    "reagent", "catheter", "stent", "respiratory", "anaesthesia", "ultrasound", "endoscope",
    "orthopaedic", "ophthalmic", "dental", "dialysis", "infusion", "genomic"
  };
  static final String[] ZH_THINGS = {"贴片", "系统", "机器人", "传感器", "芯片", "平台", "分析仪", "探头", "软件", "材料"};
  static final String[] EN_THINGS = {
    "patch",
    "system",
    "robot",
    "sensor",
    "chip",
    "platform",
    "analyser",
    "probe",
    "software",
    "material"
  };

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private Seeder() {}

  static void seed(Connection c, int projects, int organisations, int managers)
      throws SQLException {
    c.setAutoCommit(false);
    String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
    long t0 = System.nanoTime();
    long districtId = insertOrganisations(c, run, organisations);
    insertManagers(c, run, districtId, managers);
    c.commit();
    System.out.printf(
        "organisations %d and managers %d in %.1f s%n", organisations, managers, secs(t0));
    int chunk = 100_000;
    for (int done = 0; done < projects; done += chunk) {
      long t = System.nanoTime();
      int n = Math.min(chunk, projects - done);
      insertProjects(c, run, n);
      c.commit();
      System.out.printf("projects %,d..%,d in %.1f s%n", done + 1, done + n, secs(t));
    }
    try (Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      st.execute("analyze organisation");
      st.execute("analyze account");
      st.execute("analyze project");
    }
    System.out.printf("seeded %,d projects in %.1f s%n", projects, secs(t0));
  }

  /** Start-ups and universities that own the projects, plus one district for the managers. */
  private static long insertOrganisations(Connection c, String run, int n) throws SQLException {
    String sql =
        "insert into organisation (id, public_id, kind, name_zh, name_en, uscc, active,"
            + " created_at, version) values (nextval('organisation_seq'), ?, ?, ?, ?, ?, true,"
            + " now(), 0)";
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i <= n; i++) {
        boolean district = i == n;
        String kind = district ? "DISTRICT" : i % 5 == 0 ? "UNIVERSITY" : "START_UP";
        st.setObject(1, UUID.randomUUID());
        st.setString(2, kind);
        st.setString(3, (district ? "基准区管委会 " : "基准机构 ") + run + "-" + i);
        st.setString(4, (district ? "Bench district " : "Bench organisation ") + run + "-" + i);
        st.setString(5, uscc(run, i));
        st.addBatch();
      }
      st.executeBatch();
    }
    try (PreparedStatement st =
        c.prepareStatement("select id from organisation where name_en = ?")) {
      st.setString(1, "Bench district " + run + "-" + n);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void insertManagers(Connection c, String run, long districtId, int n)
      throws SQLException {
    String account =
        "insert into account (id, public_id, username, display_name, organisation_id, enabled,"
            + " created_at, version) values (nextval('account_seq'), ?, ?, ?, ?, true, now(), 0)";
    String role =
        "insert into account_role (account_id, role) select id, 'TECH_MANAGER' from account"
            + " where username like ?";
    try (PreparedStatement st = c.prepareStatement(account)) {
      for (int i = 0; i < n; i++) {
        st.setObject(1, UUID.randomUUID());
        st.setString(2, "bench-" + run.toLowerCase() + "-manager-" + i);
        st.setString(3, "技术经理人 " + i);
        st.setLong(4, districtId);
        st.addBatch();
      }
      st.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(role)) {
      st.setString(1, "bench-" + run.toLowerCase() + "-manager-%");
      st.executeUpdate();
    }
  }

  /**
   * One chunk of projects. Stage follows the TRL band; most are active; devices carry a
   * sub-catalogue and a class; every project has an owner and four in five a manager.
   */
  private static void insertProjects(Connection c, String run, int n) throws SQLException {
    String sql =
        """
        with owners as (
          select array_agg(id) a from organisation
          where kind in ('START_UP', 'UNIVERSITY') and name_en like 'Bench organisation %'),
        managers as (
          select array_agg(public_id::text) a from account where username like 'bench-%-manager-%'),
        vocab as (select ?::text[] zs, ?::text[] es, ?::text[] zt, ?::text[] et),
        r as (
          select g,
            1 + floor(random() * 20)::int s, 1 + floor(random() * 10)::int t,
            1 + floor(random() * 9)::int trl, random() st, random() ca, random() m,
            1 + floor(random() * 22)::int sc, random() cl,
            now() - (random() * interval '900 days') created
          from generate_series(1, ?) g),
        x as (
          select r.*, nextval('project_code_seq') num,
            case when ca < 0.55 then 'MEDICAL_DEVICE' when ca < 0.75 then 'IVD'
                 when ca < 0.85 then 'DIGITAL_MEDICINE' when ca < 0.93 then 'BIOLOGIC'
                 else 'DRUG' end category
          from r)
        insert into project (id, public_id, code, owner_id, title_zh, title_en, summary_zh,
          summary_en, category, subcatalogue_code, expected_class, source_institution,
          manager_account_id, trl, stage, status, findable, event_count, search_text,
          created_at, updated_at, stage_since, version)
        select nextval('project_seq'), gen_random_uuid(), code, owner, tz, te, sz, se, category,
          subcat, cls, inst, manager, trl, stage, status, m < 0.3, 1,
          lower(code || ' ' || tz || ' ' || te || ' ' || sz || ' ' || se || ' ' || inst),
          created, created + (random() * interval '60 days'), created, 0
        from (
          select x.*, 'P-' || to_char(created, 'YYYY') || '-' || lpad(num::text, 6, '0') code,
            owners.a[1 + (num % array_length(owners.a, 1))::int] owner,
            case when m < 0.8 then managers.a[1 + floor(m * 1000)::int % array_length(managers.a, 1)] end manager,
            vocab.zs[s] || vocab.zt[t] || '研发项目 ' || num tz,
            initcap(vocab.es[s]) || ' ' || vocab.et[t] || ' development ' || num te,
            '本项目研发面向临床的' || vocab.zs[s] || vocab.zt[t] || '，已完成实验室验证，计划与附属医院开展临床评价。' sz,
            'Develops a clinical ' || vocab.es[s] || ' ' || vocab.et[t] || '; lab validation done, clinical evaluation planned with a teaching hospital.' se,
            case when category in ('MEDICAL_DEVICE', 'IVD', 'DIGITAL_MEDICINE') then lpad(sc::text, 2, '0') end subcat,
            case when category in ('MEDICAL_DEVICE', 'IVD', 'DIGITAL_MEDICINE')
                 then case when cl < 0.25 then 'I' when cl < 0.7 then 'II' else 'III' end end cls,
            case when num % 3 = 0 then '重庆医科大学' when num % 3 = 1 then '重庆大学' else '陆军军医大学' end inst,
            case when trl <= 3 then 'LAB_RESEARCH' when trl = 4 then 'PROOF_OF_CONCEPT'
                 when trl <= 7 then 'PILOT_MATURATION' else 'APPLICATION' end stage,
            case when st < 0.85 then 'ACTIVE' when st < 0.92 then 'ON_HOLD'
                 when st < 0.97 then 'GRADUATED' else 'TERMINATED' end status
          from x, owners, managers, vocab) p
        """;
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setArray(1, c.createArrayOf("text", ZH_SUBJECTS));
      st.setArray(2, c.createArrayOf("text", EN_SUBJECTS));
      st.setArray(3, c.createArrayOf("text", ZH_THINGS));
      st.setArray(4, c.createArrayOf("text", EN_THINGS));
      st.setInt(5, n);
      st.executeUpdate();
    }
  }

  /** A valid unified social credit code (GB 32100-2015), unique per run and number. */
  static String uscc(String run, int i) {
    String body =
        "91500106"
            + (run + "000000000").substring(0, 4).replaceAll("[IOSVZ]", "X")
            + String.format("%05d", i);
    body = body.substring(0, 17);
    int sum = 0;
    for (int k = 0; k < 17; k++) {
      sum += USCC_ALPHABET.indexOf(body.charAt(k)) * USCC_WEIGHTS[k];
    }
    int check = 31 - sum % 31;
    return body + USCC_ALPHABET.charAt(check == 31 ? 0 : check);
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
