package org.clinbridge.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every visible string of the pages comes from the ui bundle: no page has words of its own, and
 * every key a page or page bean names exists (in both languages, see MessagesTest).
 */
class PageTextsTest {
  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java");

  /** Attributes a person reads (labels, titles, table headers, tooltips ...). */
  private static final Set<String> VISIBLE =
      Set.of(
          "value",
          "label",
          "title",
          "placeholder",
          "header",
          "footer",
          "emptyMessage",
          "alt",
          "ariaLabel",
          "summary",
          "detail",
          "itemLabel",
          "noSelectionLabel",
          "requiredMessage",
          "validatorMessage",
          "converterMessage",
          "currentPageReportTemplate",
          "headerText",
          "footerText",
          "message",
          "tooltip");

  private static final Pattern EL = Pattern.compile("#\\{[^}]*}");
  private static final Pattern UI_KEY = Pattern.compile("ui\\['([A-Za-z0-9_.-]+)']");
  private static final Pattern JAVA_KEY = Pattern.compile("texts\\.text\\(\\s*\"([^\"]+)\"");

  @Test
  void pagesHaveNoWordsOfTheirOwn() throws Exception {
    List<String> found = new ArrayList<>();
    for (Path page : pages()) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document doc = factory.newDocumentBuilder().parse(page.toFile());
      collect(doc.getDocumentElement(), page, found);
    }
    assertThat(found).as("hard-coded texts in pages").isEmpty();
  }

  @Test
  void everyKeyNamedInPagesAndPageBeansExists() throws IOException {
    Properties ui = load("i18n/ui.properties");
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      Matcher m = UI_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        if (!ui.containsKey(m.group(1))) {
          missing.add(WEBAPP.relativize(page) + ": " + m.group(1));
        }
      }
    }
    try (Stream<Path> files = Files.walk(JAVA)) {
      for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = JAVA_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!ui.containsKey(m.group(1))) {
            missing.add(JAVA.relativize(source) + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).as("ui keys named but not in i18n/ui.properties").isEmpty();
  }

  @Test
  void wordsAreFoundOutsideExpressionsOnly() {
    assertThat(hasWords("#{ui['nav.home']} · #{shell.username}")).isFalse();
    assertThat(hasWords("#{ui['a']} (#{x})")).isFalse();
    assertThat(hasWords("Save #{x}")).isTrue();
    assertThat(hasWords("保存")).isTrue();
  }

  private static void collect(Element element, Path page, List<String> found) {
    String tag = element.getLocalName();
    if ("style".equals(tag) || "script".equals(tag)) {
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
      if (VISIBLE.contains(name) && hasWords(a.getNodeValue())) {
        found.add(WEBAPP.relativize(page) + ": <" + tag + " " + name + "=\"" + a.getNodeValue());
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        collect(e, page, found);
      } else if (child.getNodeType() == Node.TEXT_NODE && hasWords(child.getNodeValue())) {
        found.add(WEBAPP.relativize(page) + ": <" + tag + "> " + child.getNodeValue().trim());
      }
    }
  }

  /** Letters outside expressions; punctuation and separators between expressions are fine. */
  static boolean hasWords(String text) {
    return EL.matcher(text).replaceAll("").codePoints().anyMatch(Character::isLetter);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      List<Path> pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
      assertThat(pages).isNotEmpty();
      return pages;
    }
  }

  private static Properties load(String path) throws IOException {
    Properties p = new Properties();
    try (InputStream in = PageTextsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
