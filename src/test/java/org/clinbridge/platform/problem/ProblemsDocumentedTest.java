package org.clinbridge.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/problems.md and the problem bundles are one source of truth: every problem type with a title
 * in the bundles has a row in the document, every row names a type that has a title, in both
 * languages.
 */
class ProblemsDocumentedTest {
  static final Pattern TYPE = Pattern.compile("`([a-z0-9-]+)`");

  static Set<String> documented() throws IOException {
    Set<String> types = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("docs/problems.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("| `")) {
        Matcher m = TYPE.matcher(line.split("\\|")[1]);
        while (m.find()) {
          types.add(m.group(1));
        }
      }
    }
    return types;
  }

  static Set<String> titled(String bundle) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ProblemsDocumentedTest.class.getResourceAsStream(bundle)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> types = new TreeSet<>();
    for (String key : p.stringPropertyNames()) {
      if (key.endsWith(".title")) {
        types.add(key.substring(0, key.length() - ".title".length()));
      }
    }
    return types;
  }

  @Test
  void noTypeIsDocumentedTwice() throws IOException {
    java.util.List<String> rows = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(Path.of("docs/problems.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("| `")) {
        rows.add(line.split("\\|")[1].strip());
      }
    }
    assertThat(rows).doesNotHaveDuplicates();
  }

  @Test
  void everyProblemTypeIsDocumentedAndEveryDocumentedOneHasItsTitles() throws IOException {
    Set<String> english = titled("/i18n/problems.properties");
    assertThat(documented()).hasSizeGreaterThan(80).isEqualTo(english);
    assertThat(titled("/i18n/problems_zh_CN.properties")).isEqualTo(english);
  }
}
