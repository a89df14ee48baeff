package org.clinbridge.organisations.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clinbridge.organisations.entity.OrganisationKind;
import org.clinbridge.organisations.entity.Uscc;
import org.clinbridge.platform.web.StorableText;

/**
 * Reads organisations from CSV (UTF-8, a leading byte-order mark tolerated, first line a header)
 * and checks every row, collecting every problem with its line number instead of stopping at the
 * first, so one upload tells the uploader everything to fix. Columns: {@code kind, name_zh,
 * name_en, uscc} required; {@code contact_name, contact_email, contact_phone, address} optional.
 * Whether a USCC is already registered is the caller's check ({@link #parse}'s {@code taken}).
 */
public final class OrganisationCsv {
  public static final List<String> REQUIRED = List.of("kind", "name_zh", "name_en", "uscc");
  public static final List<String> OPTIONAL =
      List.of("contact_name", "contact_email", "contact_phone", "address");
  public static final int MAX_ROWS = 10_000;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private OrganisationCsv() {}

  /** One good row. */
  public record Row(
      long line,
      OrganisationKind kind,
      String nameZh,
      String nameEn,
      String uscc,
      String contactName,
      String contactEmail,
      String contactPhone,
      String address) {}

  /** What is wrong in a line; the message comes from the problems bundle by key. */
  public record Problem(long line, String field, String key, Object... args) {}

  public record Result(List<Row> rows, List<Problem> problems) {}

  /**
   * @param taken tells whether a USCC is already registered
   */
  public static Result parse(String text, java.util.function.Predicate<String> taken) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    CSVParser parser = null;
    long lastLine = 1;
    try {
      parser = CSVParser.parse(new StringReader(body), format);
      List<String> header = parser.getHeaderNames();
      for (String required : REQUIRED) {
        if (!header.contains(required)) {
          problems.add(new Problem(1, required, "import.column.missing", required));
        }
      }
      for (String h : header) {
        if (!REQUIRED.contains(h) && !OPTIONAL.contains(h)) {
          problems.add(new Problem(1, h, "import.column.unknown", h));
        }
      }
      if (!problems.isEmpty()) {
        return new Result(List.of(), problems);
      }
      Map<String, Long> seen = new HashMap<>();
      int count = 0;
      for (CSVRecord r : parser) {
        long line = r.getParser().getCurrentLineNumber();
        lastLine = line;
        if (++count > MAX_ROWS) {
          problems.add(new Problem(line, "", "import.too-many-rows", MAX_ROWS));
          break;
        }
        if (!r.isConsistent()) {
          problems.add(new Problem(line, "", "import.columns", header.size(), r.size()));
          continue;
        }
        int before = problems.size();
        OrganisationKind kind = kindOf(r.get("kind"), line, problems);
        String zh = required(r, "name_zh", 200, line, problems);
        String en = required(r, "name_en", 200, line, problems);
        String uscc = r.get("uscc");
        Optional<Uscc.Problem> bad = Uscc.check(uscc);
        if (bad.isPresent()) {
          problems.add(usccProblem(line, uscc, bad.get()));
        } else if (seen.containsKey(uscc)) {
          problems.add(new Problem(line, "uscc", "import.uscc.repeated", seen.get(uscc)));
        } else if (taken.test(uscc)) {
          problems.add(new Problem(line, "uscc", "import.uscc.taken", uscc));
        }
        if (bad.isEmpty()) {
          seen.putIfAbsent(uscc, line);
        }
        String contactName = optional(r, "contact_name", 200, line, problems);
        String email = optional(r, "contact_email", 254, line, problems);
        if (email != null && !EMAIL.matcher(email).matches()) {
          problems.add(new Problem(line, "contact_email", "import.email", email));
        }
        String phone = optional(r, "contact_phone", 40, line, problems);
        String address = optional(r, "address", 500, line, problems);
        if (problems.size() == before) {
          rows.add(new Row(line, kind, zh, en, uscc, contactName, email, phone, address));
        }
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      // A stray or unbalanced quote: commons-csv cannot find where the record ends, so reading
      // stops there, at the line after the last record read.
      long line = lastLine + 1;
      problems.add(new Problem(line, "", "import.broken-line"));
    } finally {
      close(parser);
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(1, "", "import.empty"));
    }
    return new Result(rows, problems);
  }

  private static void close(CSVParser parser) {
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (IOException e) {
      // Reading a string: nothing to release.
    }
  }

  private static OrganisationKind kindOf(String value, long line, List<Problem> problems) {
    try {
      return OrganisationKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(line, "kind", "organisation.kind.unknown", value));
      return null;
    }
  }

  private static String required(
      CSVRecord r, String column, int max, long line, List<Problem> problems) {
    String v = r.get(column);
    if (v == null || v.isBlank()) {
      problems.add(new Problem(line, column, "import.required"));
      return null;
    }
    if (v.length() > max) {
      problems.add(new Problem(line, column, "import.too-long", max));
    }
    if (!StorableText.storable(v)) {
      problems.add(new Problem(line, column, StorableText.MESSAGE_KEY));
    }
    return v;
  }

  private static String optional(
      CSVRecord r, String column, int max, long line, List<Problem> problems) {
    if (!r.isMapped(column) || !r.isSet(column)) {
      return null;
    }
    String v = r.get(column);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > max) {
      problems.add(new Problem(line, column, "import.too-long", max));
    }
    if (!StorableText.storable(v)) {
      problems.add(new Problem(line, column, StorableText.MESSAGE_KEY));
    }
    return v;
  }

  private static Problem usccProblem(long line, String uscc, Uscc.Problem p) {
    return switch (p.kind()) {
      case LENGTH -> new Problem(line, "uscc", "uscc.length", uscc == null ? 0 : uscc.length());
      case CHARACTER ->
          new Problem(line, "uscc", "uscc.character", p.position(), String.valueOf(p.found()));
      case CHECK ->
          new Problem(
              line, "uscc", "uscc.check", String.valueOf(p.found()), String.valueOf(p.expected()));
    };
  }
}
