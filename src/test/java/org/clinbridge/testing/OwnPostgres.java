package org.clinbridge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster a test owns and may stop and start at will (the shared test
 * database must never go down under other tests): initdb in a temporary directory, a free port on
 * 127.0.0.1, trust authentication for its one superuser. Uses the server binaries of the machine's
 * PostgreSQL (Debian's layout, or {@code PG_BIN}); PostgreSQL refuses to run as root, so as root
 * the cluster belongs to the {@code postgres} user.
 */
public final class OwnPostgres implements AutoCloseable {
  public static final String USER = "postgres";

  private final Path dir;
  private final Path bin;
  private final int port;

  private OwnPostgres(Path dir, Path bin, int port) {
    this.dir = dir;
    this.bin = bin;
    this.port = port;
  }

  /** Creates and starts a new cluster. */
  public static OwnPostgres start() {
    try {
      // In the system's temporary directory, not java.io.tmpdir (the build points that into
      // target/, inside a checkout the postgres user may not be allowed to enter).
      Path system = Path.of(System.getenv().getOrDefault("TMPDIR", "/tmp"));
      Path dir = Files.createTempDirectory(system, "clinbridge-own-pg-");
      OwnPostgres pg = new OwnPostgres(dir, binaries(), freePort());
      if (asRoot()) {
        run(List.of("chown", "-R", USER, dir.toString()));
      }
      pg.asOwner(
          pg.bin.resolve("initdb").toString(),
          "-D",
          dir.resolve("data").toString(),
          "-U",
          USER,
          "-A",
          "trust",
          "-E",
          "UTF8",
          "--locale=C.UTF-8");
      pg.up();
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  /** Starts the server and waits until it accepts connections. */
  public void up() {
    asOwner(
        bin.resolve("pg_ctl").toString(),
        "-D",
        dir.resolve("data").toString(),
        "-l",
        dir.resolve("server.log").toString(),
        "-o",
        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
        "-w",
        "start");
  }

  /** Stops the server the way an operator's restart does: fast shutdown, clients disconnected. */
  public void down() {
    asOwner(
        bin.resolve("pg_ctl").toString(),
        "-D",
        dir.resolve("data").toString(),
        "-m",
        "fast",
        "-w",
        "stop");
  }

  /**
   * Runs a PostgreSQL client program of the machine (psql, pg_dump, pg_restore) on this cluster.
   */
  public String client(String program, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(bin.resolve(program).toString());
    cmd.addAll(List.of("-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER));
    cmd.addAll(List.of(args));
    return run(cmd);
  }

  @Override
  public void close() {
    try {
      down();
    } catch (RuntimeException alreadyDown) {
      // stopped by the test, or never started
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String asOwner(String... cmd) {
    List<String> full = new ArrayList<>();
    if (asRoot()) {
      full.addAll(List.of("runuser", "-u", USER, "--"));
    }
    full.addAll(List.of(cmd));
    return run(full);
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static String run(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path binaries() throws IOException {
    String configured = System.getenv("PG_BIN");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path debian = Path.of("/usr/lib/postgresql");
    try (Stream<Path> versions = Files.list(debian)) {
      return versions
          .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
          .map(v -> v.resolve("bin"))
          .orElseThrow(() -> new IllegalStateException("no PostgreSQL under " + debian));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
