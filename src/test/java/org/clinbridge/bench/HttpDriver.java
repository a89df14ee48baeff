package org.clinbridge.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Drives a running instance over HTTP: each scenario sends requests from several client threads,
 * after a warm-up, and reports latency percentiles and throughput. Bodies are read to the end, so
 * an export's time includes streaming every row.
 */
final class HttpDriver {
  record Result(
      String scenario,
      int requests,
      int errors,
      double p50,
      double p95,
      double p99,
      double max,
      double perSecond,
      long bytes) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String token;
  private final java.util.Map<String, String> headers;

  HttpDriver(String base, String token) {
    this(base, token, java.util.Map.of());
  }

  private HttpDriver(String base, String token, java.util.Map<String, String> headers) {
    this.base = base;
    this.token = token;
    this.headers = headers;
  }

  /** The same driver sending one more header with every request. */
  HttpDriver with(String header, String value) {
    java.util.Map<String, String> more = new java.util.HashMap<>(headers);
    more.put(header, value);
    return new HttpDriver(base, token, java.util.Map.copyOf(more));
  }

  /** A bearer token for the user, from the sign-in endpoint. */
  static String signIn(String base, String username, String password) throws Exception {
    String body =
        "{\"username\":\""
            + username
            + "\",\"password\":\""
            + password.replace("\"", "\\\"")
            + "\"}";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("Sign-in failed: " + r.statusCode() + " " + r.body());
    }
    var m =
        java.util.regex.Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("No access_token in " + r.body());
    }
    return m.group(1);
  }

  Result run(String scenario, Supplier<String> paths, int threads, int warmup, int requests)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      drive(pool, paths, threads, warmup, new long[warmup], new AtomicInteger(), new AtomicLong());
      long[] latencies = new long[requests];
      AtomicInteger errors = new AtomicInteger();
      AtomicLong bytes = new AtomicLong();
      long t0 = System.nanoTime();
      drive(pool, paths, threads, requests, latencies, errors, bytes);
      double seconds = (System.nanoTime() - t0) / 1e9;
      Arrays.sort(latencies);
      return new Result(
          scenario,
          requests,
          errors.get(),
          ms(percentile(latencies, 50)),
          ms(percentile(latencies, 95)),
          ms(percentile(latencies, 99)),
          ms(latencies[latencies.length - 1]),
          requests / seconds,
          bytes.get());
    } finally {
      pool.shutdown();
    }
  }

  private void drive(
      ExecutorService pool,
      Supplier<String> paths,
      int threads,
      int requests,
      long[] latencies,
      AtomicInteger errors,
      AtomicLong bytes)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                  String path = paths.get();
                  long start = System.nanoTime();
                  try {
                    HttpRequest.Builder request =
                        HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", "Bearer " + token)
                            .header("Accept-Language", "zh-CN")
                            .timeout(Duration.ofMinutes(2));
                    headers.forEach(request::header);
                    HttpResponse<InputStream> r =
                        http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                    long n = 0;
                    try (InputStream in = r.body()) {
                      byte[] buf = new byte[1 << 16];
                      int k;
                      while ((k = in.read(buf)) > 0) {
                        n += k;
                      }
                    }
                    bytes.addAndGet(n);
                    if (r.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  latencies[i] = System.nanoTime() - start;
                }
                return null;
              }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static <T> T any(List<T> list) {
    return list.get(ThreadLocalRandom.current().nextInt(list.size()));
  }

  private static long percentile(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** Prints the results as a Markdown table, as docs/performance.md keeps them. */
  static void print(List<Result> results) {
    print(results, Double.NaN);
  }

  /**
   * Prints the results, and when {@code pgbenchTps} is a number, each path's throughput as a
   * fraction of what PostgreSQL alone serves to the same number of clients on the same machine.
   */
  static void print(List<Result> results, double pgbenchTps) {
    boolean ratio = !Double.isNaN(pgbenchTps);
    System.out.println(
        "| scenario | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |"
            + (ratio ? " x pgbench |" : ""));
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|" + (ratio ? "---:|" : ""));
    for (Result r : results) {
      System.out.printf(
          "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%s%n",
          r.scenario(),
          r.requests(),
          r.errors(),
          r.p50(),
          r.p95(),
          r.p99(),
          r.max(),
          r.perSecond(),
          ratio ? String.format(" %.4f |", r.perSecond() / pgbenchTps) : "");
    }
    if (ratio) {
      System.out.printf(
          "%npgbench -S -M prepared, same clients: %.0f transactions/s%n", pgbenchTps);
    }
  }

  /**
   * The select-only transactions per second PostgreSQL serves on the database of {@code jdbcUrl} to
   * {@code clients} clients for {@code seconds} ({@code pgbench -S -M prepared}), the yardstick
   * each path is measured against; the pgbench tables are created first if missing (scale 10). NaN
   * when pgbench is not installed or fails.
   */
  static double pgbench(String jdbcUrl, String user, String password, int clients, int seconds)
      throws Exception {
    java.net.URI u = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
    String db = u.getPath().substring(1);
    String host = u.getHost() == null ? "127.0.0.1" : u.getHost();
    String port = Integer.toString(u.getPort() < 0 ? 5432 : u.getPort());
    List<String> common = List.of("-h", host, "-p", port, "-U", user);
    if (run(password, concat(List.of("pgbench", "-i", "-s", "10", "-q"), common, db), false)
        == null) {
      return Double.NaN;
    }
    String out =
        run(
            password,
            concat(
                List.of(
                    "pgbench",
                    "-S",
                    "-M",
                    "prepared",
                    "-c",
                    Integer.toString(clients),
                    "-j",
                    Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())),
                    "-T",
                    Integer.toString(seconds)),
                common,
                db),
            true);
    if (out == null) {
      return Double.NaN;
    }
    var m = java.util.regex.Pattern.compile("tps = ([0-9.]+)").matcher(out);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static List<String> concat(List<String> a, List<String> b, String last) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    all.add(last);
    return all;
  }

  /** Runs a command with the database password in its environment; its output, or null. */
  private static String run(String password, List<String> cmd, boolean output) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("PGPASSWORD", password);
    try {
      Process p = pb.start();
      String text =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        System.err.println(String.join(" ", cmd) + " failed:\n" + text);
        return null;
      }
      return output ? text : "";
    } catch (java.io.IOException e) {
      System.err.println("pgbench not available: " + e.getMessage());
      return null;
    }
  }
}
