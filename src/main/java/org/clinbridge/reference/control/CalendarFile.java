package org.clinbridge.reference.control;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clinbridge.reference.entity.DayKind;
import org.clinbridge.reference.entity.NoticeDay;

/**
 * Reads the dates of notices on public holidays from CSV in the bundled file's shape: UTF-8 (a
 * byte-order mark tolerated), the header {@code date,kind,name_zh,name_en}, then one date per line
 * ({@code 2026-02-15,HOLIDAY,春节,Spring Festival}). Every problem is collected with its line number,
 * so one upload tells the uploader everything to fix; the rules a notice's dates follow are {@link
 * NoticeDay#check}'s.
 */
public final class CalendarFile {
  public static final List<String> COLUMNS = List.of("date", "kind", "name_zh", "name_en");

  /** A notice has a few dozen dates; a file of more is not one. */
  public static final int MAX_ROWS = 1000;

  private CalendarFile() {}

  /** A line read, its fields null where missing or unreadable. */
  public record Line(long line, NoticeDay day) {}

  /** What is wrong in a line; the message comes from the problems bundle by key. */
  public record Problem(long line, String field, String key, Object... args) {}

  public record Parsed(List<Line> lines, List<Problem> problems) {
    public List<NoticeDay> days() {
      return lines.stream().map(Line::day).toList();
    }

    /** The reading problems and, for {@code year}'s notice, the rules' ones, by line. */
    public List<Problem> problemsAsNoticeOf(int year) {
      List<Problem> all = new ArrayList<>(problems);
      for (NoticeDay.Problem p : NoticeDay.check(year, days())) {
        long line = lines.get(p.index()).line();
        // An unreadable field is already reported; the rules would only call it missing.
        boolean reported =
            problems.stream().anyMatch(q -> q.line() == line && q.field().equals(p.field()));
        if (!reported) {
          all.add(new Problem(line, p.field(), p.key(), p.args()));
        }
      }
      return all;
    }
  }

  public static Parsed read(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Line> lines = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
      List<String> header = parser.getHeaderNames();
      for (String column : COLUMNS) {
        if (!header.contains(column)) {
          problems.add(new Problem(1, column, "import.column.missing", column));
        }
      }
      if (!problems.isEmpty()) {
        return new Parsed(List.of(), problems);
      }
      for (CSVRecord r : parser) {
        long line = r.getParser().getCurrentLineNumber();
        if (lines.size() >= MAX_ROWS) {
          problems.add(new Problem(line, "", "import.too-many-rows", MAX_ROWS));
          break;
        }
        if (!r.isConsistent()) {
          problems.add(new Problem(line, "", "import.columns", header.size(), r.size()));
          continue;
        }
        lines.add(
            new Line(
                line,
                new NoticeDay(
                    date(r.get("date"), line, problems),
                    kind(r.get("kind"), line, problems),
                    r.get("name_zh"),
                    r.get("name_en"))));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      // Unbalanced quotes and the like: commons-csv reports them as unchecked exceptions.
      problems.add(new Problem(1, "", "import.unreadable", String.valueOf(e.getMessage())));
    }
    if (lines.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(1, "", "import.empty"));
    }
    return new Parsed(lines, problems);
  }

  private static LocalDate date(String value, long line, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(new Problem(line, "date", "calendar.date.format", value));
      return null;
    }
  }

  private static DayKind kind(String value, long line, List<Problem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DayKind.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(line, "kind", "calendar.kind.unknown", value));
      return null;
    }
  }
}
