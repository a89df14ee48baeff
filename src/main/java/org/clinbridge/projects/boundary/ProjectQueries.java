package org.clinbridge.projects.boundary;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clinbridge.organisations.entity.Organisation;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.web.QueryParams;
import org.clinbridge.projects.control.ProjectFilter;
import org.clinbridge.projects.control.Projects;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.projects.entity.Stage;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * Reads the list's query parameters into a {@link ProjectFilter}, by hand (Bean Validation on query
 * parameters breaks Payara's OpenAPI generation): each bad value is a 400 naming its parameter.
 */
final class ProjectQueries {
  private ProjectQueries() {}

  /** The filter, or null when it can match nothing (an owner that does not exist). */
  static ProjectFilter filter(ProjectSearchParams p, Projects projects) {
    Integer trlMin = p.trlMin();
    Integer trlMax = p.trlMax();
    String q = p.q();
    for (var trl : new Object[][] {{"trlMin", trlMin}, {"trlMax", trlMax}}) {
      Integer v = (Integer) trl[1];
      if (v != null && (v < 1 || v > 9)) {
        throw ProblemException.invalidField((String) trl[0], "filter.range", 1, 9);
      }
    }
    if (trlMin != null && trlMax != null && trlMin > trlMax) {
      throw ProblemException.invalidField("trlMin", "filter.trl-order");
    }
    if (q != null && q.strip().length() > ProjectFilter.MAX_TEXT) {
      throw ProblemException.invalidField("q", "filter.text.length", ProjectFilter.MAX_TEXT);
    }
    Set<String> subcatalogues = new HashSet<>();
    for (String s : values(p.subcatalogue())) {
      if (!s.matches("\\d{2}")) {
        throw ProblemException.invalidField("subcatalogue", "filter.one-of", "01-22");
      }
      subcatalogues.add(s);
    }
    Long ownerRef = null;
    if (p.owner() != null && !p.owner().isBlank()) {
      var found = projects.organisation(uuid("owner", p.owner()));
      if (found.isEmpty()) {
        return null;
      }
      ownerRef = found.map(Organisation::id).get();
    }
    return new ProjectFilter(
        enums("stage", p.stage(), Stage.class),
        enums("status", p.status(), ProjectStatus.class),
        enums("category", p.category(), ProjectCategory.class),
        subcatalogues,
        enums("class", p.deviceClass(), DeviceClass.class),
        trlMin,
        trlMax,
        p.manager() == null || p.manager().isBlank() ? null : uuid("manager", p.manager()),
        ownerRef,
        q);
  }

  static UUID uuid(String field, String value) {
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(field, "filter.one-of", "UUID");
    }
  }

  /** Values of a repeated parameter; a comma-separated value counts as several. */
  private static List<String> values(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    return raw.stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  private static <E extends Enum<E>> Set<E> enums(String field, List<String> raw, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (String v : values(raw)) {
      out.add(QueryParams.oneOf(field, v, type));
    }
    return out;
  }
}
