package org.clinbridge.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV download people open in a spreadsheet program: UTF-8 with a byte-order mark, without which
 * Excel reads Chinese as mojibake, and a header row in the caller's language. Rows are written
 * while the response streams. A text cell that a spreadsheet would run as a formula (it begins with
 * {@code = + - @}, a tab or a carriage return: a project title such as {@code =HYPERLINK(...)}
 * typed by anyone) is written with a leading apostrophe, so it shows as the text it is.
 */
public final class CsvDownload {
  private CsvDownload() {}

  /** Writes the rows after the header. */
  @FunctionalInterface
  public interface Rows {
    void write(Printer csv) throws IOException;
  }

  /** Prints records, each text cell made safe to open in a spreadsheet. */
  public static final class Printer {
    private final CSVPrinter csv;

    Printer(CSVPrinter csv) {
      this.csv = csv;
    }

    public void printRecord(Iterable<?> values) throws IOException {
      List<Object> cells = new java.util.ArrayList<>();
      values.forEach(v -> cells.add(cell(v)));
      csv.printRecord(cells);
    }
  }

  /**
   * Writes the byte-order mark, the header and the rows to {@code out} (the API's download and a
   * page's download alike).
   */
  public static void write(OutputStream out, List<String> header, Rows rows) throws IOException {
    BufferedWriter w =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write('\uFEFF');
    CSVPrinter csv =
        CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(w);
    rows.write(new Printer(csv));
    csv.flush();
    w.flush();
  }

  /** The value as written: text a spreadsheet would evaluate gets a leading apostrophe. */
  static Object cell(Object value) {
    if (value instanceof CharSequence text && !text.isEmpty()) {
      char first = text.charAt(0);
      if (first == '='
          || first == '+'
          || first == '-'
          || first == '@'
          || first == '\t'
          || first == '\r') {
        return "'" + text;
      }
    }
    return value;
  }

  public static Response of(String filename, List<String> header, Rows rows) {
    StreamingOutput body = out -> write(out, header, rows);
    return Response.ok(body)
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }
}
