package org.clinbridge.projects.control;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.projects.entity.Project;

/**
 * The orders a project list can be sorted in. Every order ends with the unique code, so pages are
 * stable; each has an index ending in the code (see V30).
 */
public enum ProjectSort {
  CODE("code", "p.code", Project::code, s -> s),
  UPDATED("updatedAt", "p.updated_at", p -> p.updatedAt().toString(), OffsetDateTime::parse),
  TRL("trl", "p.trl", p -> Integer.toString(p.trl()), Integer::valueOf),
  TITLE_EN("titleEn", "p.title_en", p -> p.title().en(), s -> s),
  TITLE_ZH("titleZh", "p.title_zh", p -> p.title().zh(), s -> s);

  private final String wire;
  private final String column;
  private final Function<Project, String> keyOf;
  private final Function<String, Object> parse;

  ProjectSort(
      String wire, String column, Function<Project, String> keyOf, Function<String, Object> parse) {
    this.wire = wire;
    this.column = column;
    this.keyOf = keyOf;
    this.parse = parse;
  }

  /** A sort and its direction, as asked for by {@code sort=trl} or {@code sort=-trl}. */
  public record Order(ProjectSort sort, boolean descending) {
    public String wire() {
      return (descending ? "-" : "") + sort.wire;
    }

    public String orderBy() {
      String dir = descending ? " desc" : " asc";
      return sort == CODE ? "p.code" + dir : sort.column + dir + ", p.code" + dir;
    }

    /** Rows after the cursor's row in this order. */
    public String after() {
      String op = descending ? " < " : " > ";
      return sort == CODE ? "p.code" + op + "?" : "(" + sort.column + ", p.code)" + op + "(?, ?)";
    }

    public List<Object> afterParams(List<String> keys) {
      return sort == CODE
          ? List.of(keys.get(1))
          : List.of(sort.parse.apply(keys.get(0)), keys.get(1));
    }

    public String cursorTag() {
      return "projects" + wire();
    }

    public List<String> keysOf(Project p) {
      return List.of(sort.keyOf.apply(p), p.code());
    }
  }

  public static Order parse(String sort) {
    if (sort == null || sort.isBlank()) {
      return new Order(CODE, false);
    }
    boolean desc = sort.startsWith("-");
    String name = desc ? sort.substring(1) : sort;
    for (ProjectSort s : values()) {
      if (s.wire.equals(name)) {
        return new Order(s, desc);
      }
    }
    throw ProblemException.invalidField("sort", "filter.one-of", wires());
  }

  static String wires() {
    return String.join(", ", Arrays.stream(values()).map(s -> s.wire + ", -" + s.wire).toList());
  }
}
