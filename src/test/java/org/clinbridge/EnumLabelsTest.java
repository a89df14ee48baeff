package org.clinbridge;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clinbridge.platform.i18n.Messages;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.projects.entity.Stage;
import org.junit.jupiter.api.Test;

/**
 * Enum values in messages are named by name: an exception passes the value itself and the bundle
 * holds {@code enum.<Type>.<NAME>}. The old way, a {@code {0,choice,0#...|1#...}} over the ordinal,
 * silently named the wrong value once an enum was reordered.
 */
class EnumLabelsTest {
  private static final List<String> BUNDLES = List.of("problems", "projects", "ui", "licensing");
  private static final Pattern BY_ORDINAL = Pattern.compile("\\{\\d+,choice,0#");

  @Test
  void noMessageNamesAnEnumByItsPosition() throws IOException {
    List<String> byOrdinal = new ArrayList<>();
    for (String bundle : BUNDLES) {
      for (String lang : List.of("", "_zh_CN")) {
        Properties p = load("i18n/" + bundle + lang + ".properties");
        for (String key : p.stringPropertyNames()) {
          if (BY_ORDINAL.matcher(p.getProperty(key)).find()) {
            byOrdinal.add(bundle + lang + ": " + key);
          }
        }
      }
    }
    assertThat(byOrdinal).as("messages choosing a text by an enum's ordinal").isEmpty();
  }

  @Test
  void everyEnumABundleLabelsHasALabelForEachValueInBothLanguages() throws IOException {
    Map<String, JavaClass> enums =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.clinbridge")
                .stream()
                .filter(JavaClass::isEnum)
                .collect(
                    Collectors.toMap(JavaClass::getSimpleName, c -> c, (a, b) -> a, TreeMap::new));
    List<String> missing = new ArrayList<>();
    int labelled = 0;
    for (String bundle : BUNDLES) {
      for (String lang : List.of("", "_zh_CN")) {
        Properties p = load("i18n/" + bundle + lang + ".properties");
        List<String> types =
            p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("enum."))
                .map(k -> k.split("\\.")[1])
                .distinct()
                .toList();
        for (String type : types) {
          JavaClass e = enums.get(type);
          assertThat(e)
              .as(bundle + lang + " labels enum " + type + ", which does not exist")
              .isNotNull();
          for (var constant : e.getEnumConstants()) {
            labelled++;
            if (!p.containsKey("enum." + type + "." + constant.name())) {
              missing.add(bundle + lang + ": enum." + type + "." + constant.name());
            }
          }
        }
      }
    }
    assertThat(labelled).as("enum labels checked").isGreaterThan(100);
    assertThat(missing).isEmpty();
  }

  @Test
  void aRefusalNamesTheValuesItWasGivenInTheReadersLanguage() {
    assertThat(
            Messages.problems(Messages.ENGLISH)
                .text(
                    "illegal-project-move.detail.status",
                    ProjectStatus.ON_HOLD,
                    ProjectStatus.GRADUATED))
        .isEqualTo("A project that is on hold cannot become graduated.");
    assertThat(
            Messages.problems(Messages.CHINESE)
                .text("illegal-project-move.detail.same", Stage.PILOT_MATURATION))
        .contains("中试熟化");
    assertThat(Messages.problems(Messages.ENGLISH).label(Stage.PROOF_OF_CONCEPT))
        .isEqualTo("proof of concept");
  }

  private static Properties load(String path) throws IOException {
    Properties p = new Properties();
    try (InputStream in = EnumLabelsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
