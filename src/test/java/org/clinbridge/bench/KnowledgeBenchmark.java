package org.clinbridge.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.clinbridge.consultation.control.ArticleTokens;
import org.clinbridge.platform.persistence.Migrations;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The knowledge-base benchmark (docs/performance.md, "Knowledge base"). Not a test: run by hand.
 *
 * <pre>
 * seed  --db URL --db-user U --db-password P [--articles 10000]
 * run   --base http://localhost:8080 --username admin --password PW [--threads 4] [--requests 2000]
 * </pre>
 *
 * {@code seed} migrates the database and writes bilingual public articles composed from a
 * regulatory vocabulary, indexed by the application's own {@link ArticleTokens}, so the term rows
 * are the ones the application would write. {@code run} asks for suggestions with questions as an
 * asker types them (a few words to a full sentence) and searches with two-character Chinese words
 * and English words.
 */
public final class KnowledgeBenchmark {
  private KnowledgeBenchmark() {}

  /** Chinese and English phrases of the same meaning, from which texts and questions are made. */
  static final String[][] PHRASES = {
    {"医疗器械注册", "medical device registration"},
    {"第一类备案", "class I filing"},
    {"第二类注册证", "class II registration certificate"},
    {"第三类产品", "class III product"},
    {"分类界定", "classification determination"},
    {"临床评价", "clinical evaluation"},
    {"临床试验", "clinical trial"},
    {"同品种比对", "equivalent device comparison"},
    {"生产许可证", "production licence"},
    {"经营备案", "business filing"},
    {"注册证延续", "certificate renewal"},
    {"变更注册", "change registration"},
    {"创新医疗器械特别审查", "innovative device special review"},
    {"优先审批", "priority review"},
    {"补正资料", "supplementary documents"},
    {"技术审评", "technical review"},
    {"质量管理体系核查", "quality system inspection"},
    {"产品技术要求", "product technical requirements"},
    {"检验报告", "test report"},
    {"说明书和标签", "instructions and labels"},
    {"软件组件", "software component"},
    {"网络安全", "cybersecurity"},
    {"有源医疗器械", "active medical device"},
    {"体外诊断试剂", "in vitro diagnostic reagent"},
    {"心电监测", "ECG monitoring"},
    {"超声影像", "ultrasound imaging"},
    {"人工智能辅助诊断", "AI-aided diagnosis"},
    {"生物相容性评价", "biocompatibility evaluation"},
    {"灭菌验证", "sterilisation validation"},
    {"技术合同登记", "technology contract registration"},
  };

  static final String[] TOPICS = {
    "CLASSIFICATION", "CLASS_I_FILING", "CLASS_II_III_REGISTRATION", "CHANGE_OR_RENEWAL",
    "PRODUCTION_LICENCE", "BUSINESS_LICENCE", "CLINICAL_EVALUATION", "INNOVATIVE_CHANNEL",
    "TECHNOLOGY_CONTRACT", "IP"
  };

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      o.put(args[i].substring(2), args[i + 1]);
    }
    switch (args[0]) {
      case "seed" -> seed(o);
      case "run" -> run(o);
      default -> throw new IllegalArgumentException("Unknown command " + args[0]);
    }
  }

  static void seed(Map<String, String> o) throws Exception {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(o.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/clinbridge_bench"));
    ds.setUser(o.getOrDefault("db-user", "clinbridge_test"));
    ds.setPassword(o.getOrDefault("db-password", "clinbridge_test"));
    Migrations.configure(ds).load().migrate();
    int n = Integer.parseInt(o.getOrDefault("articles", "10000"));
    Random r = new Random(42);
    long terms = 0;
    try (Connection c = ds.getConnection();
        PreparedStatement article =
            c.prepareStatement(
                "insert into kb_article (id, public_id, status, title_zh, title_en, body_zh,"
                    + " body_en, author, created_at, updated_at, published_at, version) values"
                    + " (nextval('kb_article_seq'), ?, 'PUBLIC', ?, ?, ?, ?, 'bench', ?, ?, ?, 0)"
                    + " returning id");
        PreparedStatement topic =
            c.prepareStatement("insert into kb_article_topic (article_id, topic) values (?, ?)");
        PreparedStatement term =
            c.prepareStatement(
                "insert into kb_term (term, article_id, weight, status) values (?, ?, ?, 'PUBLIC')")) {
      c.setAutoCommit(false);
      for (int i = 0; i < n; i++) {
        int[] title = pick(r, 2);
        int[] body = pick(r, 12);
        String titleZh = zh(title) + "问答" + i;
        String titleEn = en(title) + " questions " + i;
        String bodyZh = zh(body) + "。申请人应按规定提交资料。";
        String bodyEn = en(body) + ". The applicant submits the documents the rules require.";
        Timestamp at = Timestamp.from(Instant.now().minusSeconds(60L * (n - i)));
        article.setObject(1, UUID.randomUUID());
        article.setString(2, titleZh);
        article.setString(3, titleEn);
        article.setString(4, bodyZh);
        article.setString(5, bodyEn);
        article.setTimestamp(6, at);
        article.setTimestamp(7, at);
        article.setTimestamp(8, at);
        long id;
        try (var rs = article.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
        topic.setLong(1, id);
        topic.setString(2, TOPICS[r.nextInt(TOPICS.length)]);
        topic.addBatch();
        // The weights as the application computes them: titles five times a body.
        Map<String, Integer> weights = new HashMap<>();
        for (var e : Map.of(titleZh + " " + titleEn, 5, bodyZh + " " + bodyEn, 1).entrySet()) {
          ArticleTokens.of(e.getKey())
              .forEach((t, k) -> weights.merge(t, e.getValue() * k, Integer::sum));
        }
        for (var e : weights.entrySet()) {
          term.setString(1, e.getKey());
          term.setLong(2, id);
          term.setInt(3, e.getValue());
          term.addBatch();
          terms++;
        }
        if (i % 500 == 499) {
          topic.executeBatch();
          term.executeBatch();
          c.commit();
        }
      }
      topic.executeBatch();
      term.executeBatch();
      c.commit();
      // Vacuumed as autovacuum would soon after: the visibility map lets searches read the index
      // alone.
      c.setAutoCommit(true);
      try (var st = c.createStatement()) {
        st.execute("vacuum analyze kb_article");
        st.execute("vacuum analyze kb_term");
        st.execute("vacuum analyze kb_article_topic");
      }
    }
    System.out.printf("%d articles, %d term rows%n", n, terms);
  }

  static void run(Map<String, String> o) throws Exception {
    String base = o.getOrDefault("base", "http://localhost:8080");
    int threads = Integer.parseInt(o.getOrDefault("threads", "4"));
    int requests = Integer.parseInt(o.getOrDefault("requests", "2000"));
    String token = HttpDriver.signIn(base, o.getOrDefault("username", "admin"), o.get("password"));
    HttpDriver d = new HttpDriver(base, token);
    Random r = new Random();
    List<String> typed = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      int[] words = pick(r, 1 + r.nextInt(4));
      String q =
          r.nextBoolean() ? "请问" + zh(words) + "需要多长时间？" : "How long does " + en(words) + " take?";
      // As typed: a prefix of the question, at least two characters.
      typed.add(q.substring(0, Math.max(2, r.nextInt(q.length()) + 1)));
    }
    List<String> words = new ArrayList<>();
    for (String[] p : PHRASES) {
      words.add(p[0].substring(0, 2));
      words.add(p[1].split(" ")[0]);
    }
    int warmup = Math.max(50, requests / 10);
    List<HttpDriver.Result> results = new ArrayList<>();
    results.add(
        d.run(
            "suggestions while typing (top 5)",
            () -> "/api/knowledge/suggestions?text=" + HttpDriver.q(HttpDriver.any(typed)),
            threads,
            warmup,
            requests));
    results.add(
        d.run(
            "search, one word (top 20)",
            () -> "/api/knowledge/search?q=" + HttpDriver.q(HttpDriver.any(words)),
            threads,
            warmup,
            requests));
    double tps =
        HttpDriver.pgbench(
            o.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/clinbridge_bench"),
            o.getOrDefault("db-user", "clinbridge_test"),
            o.getOrDefault("db-password", "clinbridge_test"),
            threads,
            20);
    HttpDriver.print(results, tps);
  }

  private static int[] pick(Random r, int k) {
    int[] p = new int[k];
    for (int i = 0; i < k; i++) {
      p[i] = r.nextInt(PHRASES.length);
    }
    return p;
  }

  private static String zh(int[] p) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < p.length; i++) {
      s.append(i == 0 ? "" : "和").append(PHRASES[p[i]][0]);
    }
    return s.toString();
  }

  private static String en(int[] p) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < p.length; i++) {
      s.append(i == 0 ? "" : " and ").append(PHRASES[p[i]][1]);
    }
    return s.toString();
  }
}
