package org.clinbridge.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinbridge.organisations.entity.Uscc;
import org.clinbridge.testing.Api;
import org.clinbridge.testing.RunningApp;
import org.clinbridge.testing.Usccs;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of {@code docs/who-does-what.md} run as written: its {@code ```sh} blocks,
 * concatenated in order, run in one {@code bash -euo pipefail} against the shared instance, as a
 * newcomer would paste them into a shell. A page whose commands no longer work fails here, not in a
 * reader's terminal.
 *
 * <p>The page takes the base address, admin's password, a run suffix and three USCCs from the
 * environment (each with a documented default); the test gives a fresh suffix and fresh valid
 * USCCs, because usernames and USCCs are unique and the test database outlives a run.
 */
class DocsExamplesIT {
  static final Path PAGE = Path.of("docs/who-does-what.md");
  private static final Pattern SH_BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```$");
  private static final Pattern USCC_DEFAULT =
      Pattern.compile("^(\\w+_USCC)=\\$\\{\\1:-([0-9A-Z]+)}$", Pattern.MULTILINE);

  @Test
  void theWorkedExamplesRunAsWrittenToTheAcceptanceAndTheRating() throws Exception {
    String run = "t" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    Path dir = Path.of(System.getProperty("build.directory", "target"), "docs-examples");
    Files.createDirectories(dir);
    Path script = dir.resolve("who-does-what.sh");
    Files.writeString(script, String.join("\n", shBlocks(page())), StandardCharsets.UTF_8);
    Path out = dir.resolve("who-does-what.out");
    Path err = dir.resolve("who-does-what.err");

    ProcessBuilder pb =
        new ProcessBuilder("bash", "-euo", "pipefail", script.toString())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> env = pb.environment();
    env.put("BASE", RunningApp.postgres().baseUrl());
    env.put("CLINBRIDGE_ADMIN_PASSWORD", RunningApp.adminPassword());
    env.put("RUN", run);
    env.put("HOSPITAL_USCC", Usccs.random());
    env.put("STARTUP_USCC", Usccs.random());
    env.put("STATION_USCC", Usccs.random());
    Process bash = pb.start();
    boolean finished = bash.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      bash.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String report =
        "script " + script + "\n--- stdout\n" + stdout + "--- stderr\n" + Files.readString(err);

    assertThat(finished).as("finished within 5 minutes\n%s", report).isTrue();
    assertThat(bash.exitValue()).as("exit code\n%s", report).isZero();
    List<String> lines = stdout.lines().toList();
    // What the page's last blocks echo: the hospital's decision as the start-up reads it, and the
    // consultation as rated by the asker.
    assertThat(lines)
        .as(report)
        .contains("application status: ACCEPTED", "consultation: RESOLVED, rating: 5");

    // The same outcome seen by the district administrator, not only by the script's own echo.
    Response found = Api.asAdmin().queryParam("q", run).get("/api/projects");
    found.then().statusCode(200);
    assertThat(found.jsonPath().getList("items.stage", String.class))
        .as("the project moved through its first gate\n%s", report)
        .containsExactly("PROOF_OF_CONCEPT");
    assertThat(found.jsonPath().getInt("items[0].trl")).isEqualTo(3);
    assertThat(found.jsonPath().getString("items[0].manager.name")).isEqualTo("赵经理");
  }

  @Test
  void theDocumentedExampleUsccsAreValid() throws IOException {
    // The page cannot compute a check character; a reader who runs it unchanged gets these.
    Matcher m = USCC_DEFAULT.matcher(page());
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
      assertThat(Uscc.isValid(m.group(2))).as("%s=%s", m.group(1), m.group(2)).isTrue();
    }
    assertThat(names).containsExactly("HOSPITAL_USCC", "STARTUP_USCC", "STATION_USCC");
  }

  static List<String> shBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = SH_BLOCK.matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).as("```sh blocks in %s", PAGE).isNotEmpty();
    return blocks;
  }

  private static String page() throws IOException {
    return Files.readString(PAGE, StandardCharsets.UTF_8);
  }
}
