package org.clinbridge.reference.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinbridge.reference.entity.FdaProductCode;

/**
 * Reads the FDA's product classification file ({@code foiclass.txt}) as the FDA publishes it:
 * Windows-1252 text, one record per CRLF-terminated line, 18 fields separated by {@code |}, a
 * header line first. A bare LF is part of a field (some definitions hold one), never the end of a
 * record.
 *
 * <p>Each record either becomes a {@link FdaProductCode.Fields} or is rejected with its line number
 * and a reason, so one bad record never costs the others. Line numbers are those a text editor
 * shows (every LF counts), so a person can find the record the report names.
 */
public final class FoiClassFile {
  public static final Charset CP1252 = Charset.forName("windows-1252");
  public static final int FIELDS = 18;
  static final String HEADER_START = "REVIEW_PANEL|MEDICALSPECIALTY|PRODUCTCODE|";

  private static final Set<String> CLASSES = Set.of("1", "2", "3", "U", "N", "f");
  private static final Set<String> FLAGS = Set.of("Y", "N");

  private FoiClassFile() {}

  /** A record that could not be read, with the reason's message key and its arguments. */
  public record Rejection(int line, String productCode, String reason, List<Object> args) {}

  /** A record read, with the line it starts on. */
  public record Row(int line, FdaProductCode.Fields fields) {}

  public record Parsed(List<Row> rows, List<Rejection> rejections) {
    public int records() {
      return rows.size() + rejections.size();
    }
  }

  /** The whole file is not a product classification file (no header): nothing can be read. */
  public static final class NotAClassificationFile extends RuntimeException {
    NotAClassificationFile() {
      super("The first line is not the header of the FDA product classification file");
    }
  }

  public static Parsed read(byte[] bytes) {
    List<Row> rows = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int start = 0;
    int line = 1;
    boolean header = true;
    while (start < bytes.length) {
      int end = recordEnd(bytes, start);
      int next = Math.min(end + 2, bytes.length);
      int linesInRecord = countLineFeeds(bytes, start, next);
      if (end > start) {
        if (header) {
          String first = decode(bytes, start, end);
          if (first == null || !first.startsWith(HEADER_START)) {
            throw new NotAClassificationFile();
          }
          header = false;
        } else {
          readRecord(bytes, start, end, line, seen, rows, rejections);
        }
      }
      line += linesInRecord;
      start = next;
    }
    if (header) {
      throw new NotAClassificationFile();
    }
    return new Parsed(List.copyOf(rows), List.copyOf(rejections));
  }

  private static void readRecord(
      byte[] bytes,
      int start,
      int end,
      int line,
      Map<String, Integer> seen,
      List<Row> rows,
      List<Rejection> rejections) {
    String text = decode(bytes, start, end);
    if (text == null) {
      rejections.add(new Rejection(line, null, "not-cp1252", List.of()));
      return;
    }
    String[] f = text.split("\\|", -1);
    if (f.length != FIELDS) {
      rejections.add(new Rejection(line, null, "field-count", List.of(f.length, FIELDS)));
      return;
    }
    String code = f[2].strip();
    String problem = check(f, code);
    if (problem != null) {
      rejections.add(new Rejection(line, code, problem, argsOf(problem, f)));
      return;
    }
    Integer earlier = seen.putIfAbsent(code, line);
    if (earlier != null) {
      rejections.add(new Rejection(line, code, "duplicate", List.of(code, earlier)));
      return;
    }
    rows.add(new Row(line, fields(f, code)));
  }

  /** The reason key of the first thing wrong with the record, or null. */
  private static String check(String[] f, String code) {
    if (!code.matches("[A-Z0-9]{3}")) {
      return "product-code";
    }
    if (f[3].isBlank()) {
      return "device-name";
    }
    if (!CLASSES.contains(f[4].strip())) {
      return "device-class";
    }
    if (!FLAGS.contains(f[15].strip()) || !FLAGS.contains(f[16].strip())) {
      return "flag";
    }
    for (int i = 0; i < FIELDS; i++) {
      if (f[i].length() > FdaProductCode.MAX_LENGTHS[i]) {
        return "too-long";
      }
    }
    return null;
  }

  private static List<Object> argsOf(String problem, String[] f) {
    return switch (problem) {
      case "product-code" -> List.of(f[2]);
      case "device-class" -> List.of(f[4]);
      case "flag" -> List.of(f[15] + "/" + f[16]);
      case "too-long" -> {
        for (int i = 0; i < FIELDS; i++) {
          if (f[i].length() > FdaProductCode.MAX_LENGTHS[i]) {
            yield List.of(i + 1, FdaProductCode.MAX_LENGTHS[i]);
          }
        }
        yield List.of();
      }
      default -> List.of();
    };
  }

  private static FdaProductCode.Fields fields(String[] f, String code) {
    return new FdaProductCode.Fields(
        code,
        blankToNull(f[0]),
        blankToNull(f[1]),
        f[3].strip(),
        f[4].strip(),
        blankToNull(f[5]),
        blankToNull(f[6]),
        blankToNull(f[7]),
        blankToNull(f[8]),
        blankToNull(f[9]),
        blankToNull(f[10]),
        blankToNull(f[11]),
        blankToNull(f[12]),
        blankToNull(f[13]),
        blankToNull(f[14]),
        "Y".equals(f[15].strip()),
        "Y".equals(f[16].strip()),
        blankToNull(f[17]));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Index of the CR of the next CRLF at or after {@code from}, or the end of the bytes. */
  private static int recordEnd(byte[] b, int from) {
    for (int i = from; i + 1 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        return i;
      }
    }
    return b.length;
  }

  private static int countLineFeeds(byte[] b, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The bytes as Windows-1252, or null when they hold a byte that code page leaves undefined. */
  private static String decode(byte[] b, int from, int to) {
    CharsetDecoder decoder =
        CP1252
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(b, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
