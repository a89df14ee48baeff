package org.clinbridge.scenes.control;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Plain text out of registry fields that carry HTML line breaks and layout whitespace. */
final class RegistryText {
  private RegistryText() {}

  /** Line breaks kept, tags dropped, each line trimmed, runs of blank lines folded to one. */
  static String plain(String raw) {
    if (raw == null) {
      return null;
    }
    String t =
        // ICTRP writes a line break twice, as "\n<br>": count it once.
        raw.replaceAll("(?i)[ \\t]*\r?\n?[ \\t]*<br\\s*/?>", "\n")
            .replaceAll("<[^>]+>", " ")
            .replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
            .replace("\r", "");
    String joined =
        Arrays.stream(t.split("\n"))
            .map(l -> l.replaceAll("[ \\t]+", " ").strip())
            .collect(Collectors.joining("\n"));
    joined = joined.replaceAll("\n{3,}", "\n\n").strip();
    return joined.isEmpty() ? null : joined;
  }

  /** One line: every run of whitespace a single space. */
  static String line(String raw) {
    String p = plain(raw);
    return p == null ? null : p.replaceAll("\\s+", " ");
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** A contact field the registry (or our copy of its data) has redacted counts as absent. */
  static String unlessRedacted(String s) {
    String l = line(s);
    return l == null || l.equalsIgnoreCase("[redacted]") ? null : l;
  }

  /**
   * Splits ClinicalTrials.gov eligibility text at its "Exclusion Criteria" heading: the part before
   * is inclusion, the part after exclusion; the headings themselves are dropped.
   */
  static String[] splitCriteria(String criteria) {
    String plain = plain(criteria);
    if (plain == null) {
      return new String[] {null, null};
    }
    String[] parts = plain.split("(?i)exclusion criteria\\s*:?", 2);
    String inc = parts[0].replaceFirst("(?i)^\\s*inclusion criteria\\s*:?", "");
    String exc = parts.length > 1 ? parts[1] : null;
    return new String[] {plain(inc), plain(exc)};
  }
}
