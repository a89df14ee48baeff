package org.clinbridge.platform.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV download people open in a spreadsheet program: UTF-8 with a byte-order mark, without which
 * Excel reads Chinese as mojibake, and a header row in the caller's language. Rows are written
 * while the response streams.
 */
public final class CsvDownload {
  private CsvDownload() {}

  /** Writes the rows after the header. */
  @FunctionalInterface
  public interface Rows {
    void write(CSVPrinter csv) throws IOException;
  }

  public static Response of(String filename, List<String> header, Rows rows) {
    StreamingOutput body =
        out -> {
          BufferedWriter w =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          w.write('\uFEFF');
          CSVPrinter csv =
              CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(w);
          rows.write(csv);
          csv.flush();
          w.flush();
        };
    return Response.ok(body)
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }
}
