package org.clinbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Conventions ArchUnit cannot see because they live in string literals: what the source text of
 * src/main/java must not contain outside the one class that owns the concern.
 */
class ConventionsTest {
  private static final Path MAIN = Path.of("src/main/java");

  @Test
  void likePatternsAreEscapedByLikeOnly() throws IOException {
    assertThat(filesContaining(".replace(\"%\"", "platform/persistence/Like.java"))
        .as("LIKE wildcards escaped by hand instead of platform.persistence.Like")
        .isEmpty();
  }

  @Test
  void aPlainRefusalIsProblemExceptionForbidden() throws IOException {
    assertThat(
            filesContaining(
                "(403, \"forbidden\", \"forbidden.detail\")",
                "platform/problem/ProblemException.java"))
        .as("403 problems built by hand instead of ProblemException.forbidden()")
        .isEmpty();
  }

  @Test
  void versionedAnswersAreBuiltByETags() throws IOException {
    // ETags.ok / ETags.created answer a record with its version as the ETag; only a TRL
    // assessment, a 201 with no address of its own, still tags its answer by hand.
    assertThat(filesContaining(".tag(ETags.of(", "platform/web/ETags.java"))
        .as("responses tagged by hand instead of ETags.ok or ETags.created")
        .containsExactly(
            MAIN.resolve("org/clinbridge/projects/boundary/ProjectsResource.java").toString());
  }

  @Test
  void pagesCallTypedUseCasesNotResponses() throws IOException {
    // A page that casts Response.getEntity() depends on the HTTP shape of a use case; resources
    // offer typed methods (read, revise, applyTo, ...) that both the API and the pages call.
    try (Stream<Path> files = Files.walk(MAIN)) {
      assertThat(
              files
                  .filter(f -> f.getFileName().toString().matches(".*(Page|Tab)\\.java"))
                  .filter(f -> read(f).contains(".getEntity()"))
                  .map(Path::toString)
                  .toList())
          .as("page beans that cast a JAX-RS Response's entity")
          .isEmpty();
    }
  }

  private static List<String> filesContaining(String text, String owner) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.toString().replace('\\', '/').endsWith(owner))
          .filter(f -> read(f).contains(text))
          .map(Path::toString)
          .toList();
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
