package org.clinbridge.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A migration that has been merged is history: databases in the field have run it, and Flyway
 * refuses to start on one whose applied script no longer matches (or, worse, a fresh database gets
 * a schema the old ones never had). So every script is listed with its SHA-256 in {@code
 * db/migration-checksums.txt}; editing a listed script, or deleting it, fails the build. A new
 * migration adds its line (the failure prints it).
 */
class MigrationsFrozenTest {
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path LIST = Path.of("src/test/resources/db/migration-checksums.txt");

  @Test
  void everyMigrationIsListedWithTheChecksumItWasMergedWith() throws IOException {
    Map<String, String> listed = listed();
    Map<String, String> actual = actual();

    List<String> edited =
        listed.entrySet().stream()
            .filter(e -> actual.containsKey(e.getKey()))
            .filter(e -> !actual.get(e.getKey()).equals(e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    List<String> removed =
        listed.keySet().stream().filter(name -> !actual.containsKey(name)).toList();
    List<String> unlisted =
        actual.entrySet().stream()
            .filter(e -> !listed.containsKey(e.getKey()))
            .map(e -> e.getValue() + "  " + e.getKey())
            .toList();

    assertThat(edited)
        .as("merged migrations must not be edited; write a new migration instead")
        .isEmpty();
    assertThat(removed).as("merged migrations must not be removed").isEmpty();
    assertThat(unlisted)
        .as("new migrations: add these lines to " + LIST + " when you add the script")
        .isEmpty();
  }

  @Test
  void theListNamesEachScriptOnce() throws IOException {
    List<String> names = lines().stream().map(l -> l.split("\\s+")[1]).toList();
    assertThat(names).doesNotHaveDuplicates().isNotEmpty();
  }

  private static Map<String, String> listed() throws IOException {
    return lines().stream()
        .map(l -> l.split("\\s+"))
        .collect(Collectors.toMap(p -> p[1], p -> p[0], (a, b) -> a, TreeMap::new));
  }

  private static List<String> lines() throws IOException {
    return Files.readAllLines(LIST, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static Map<String, String> actual() throws IOException {
    try (Stream<Path> files = Files.walk(MIGRATIONS)) {
      return files
          .filter(Files::isRegularFile)
          .collect(
              Collectors.toMap(
                  p -> MIGRATIONS.relativize(p).toString().replace('\\', '/'),
                  MigrationsFrozenTest::sha256,
                  (a, b) -> a,
                  TreeMap::new));
    }
  }

  private static String sha256(Path file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
