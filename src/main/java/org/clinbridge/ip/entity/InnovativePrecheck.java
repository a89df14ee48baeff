package org.clinbridge.ip.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * The innovative medical device channel's (创新医疗器械特别审查) conditions that a project's own data can
 * answer, checked before a start-up spends months on an application: a Chinese invention patent on
 * the core technology, granted at most five years before the application or published with a search
 * report confirming novelty; a device (not a drug or biologic); class II or III. Each condition
 * says whether it is met and why, as a message key and its arguments.
 */
public final class InnovativePrecheck {
  /** Years between the grant of the invention patent and the application, at most. */
  public static final int GRANT_WINDOW_YEARS = 5;

  private static final Set<ProjectCategory> DEVICES =
      EnumSet.of(
          ProjectCategory.MEDICAL_DEVICE, ProjectCategory.IVD, ProjectCategory.DIGITAL_MEDICINE);

  /** One condition: its code, whether it is met, and the message saying why. */
  public record Condition(String code, boolean met, String messageKey, List<Object> args) {}

  public record Result(boolean eligible, LocalDate asOf, List<Condition> conditions) {
    public List<Condition> failing() {
      return conditions.stream().filter(c -> !c.met()).toList();
    }
  }

  private InnovativePrecheck() {}

  public static Result evaluate(
      ProjectCategory category,
      DeviceClass expectedClass,
      Collection<Patent> patents,
      LocalDate asOf) {
    List<Condition> conditions =
        List.of(category(category), deviceClass(expectedClass), inventionPatent(patents, asOf));
    return new Result(conditions.stream().allMatch(Condition::met), asOf, conditions);
  }

  static Condition category(ProjectCategory category) {
    return DEVICES.contains(category)
        ? new Condition("DEVICE", true, "precheck.device.met", List.of(category))
        : new Condition("DEVICE", false, "precheck.device.not-device", List.of(category));
  }

  static Condition deviceClass(DeviceClass c) {
    if (c == null) {
      return new Condition("DEVICE_CLASS", false, "precheck.class.unknown", List.of());
    }
    if (c == DeviceClass.I) {
      return new Condition("DEVICE_CLASS", false, "precheck.class.one", List.of());
    }
    return new Condition("DEVICE_CLASS", true, "precheck.class.met", List.of(c.name()));
  }

  static Condition inventionPatent(Collection<Patent> patents, LocalDate asOf) {
    String code = "INVENTION_PATENT";
    List<Patent> inventions =
        patents.stream().filter(p -> p.kind() == PatentKind.INVENTION && p.chinese()).toList();
    LocalDate earliestGrant = asOf.minusYears(GRANT_WINDOW_YEARS);
    Optional<Patent> granted =
        inventions.stream()
            .filter(
                p -> p.status() == PatentStatus.GRANTED && !p.grantedOn().isBefore(earliestGrant))
            .max(Comparator.comparing(Patent::grantedOn));
    if (granted.isPresent()) {
      Patent p = granted.get();
      return new Condition(
          code, true, "precheck.patent.granted", List.of(p.number(), p.grantedOn()));
    }
    Optional<Patent> searched =
        inventions.stream()
            .filter(p -> p.status() == PatentStatus.PUBLISHED && p.searchReport())
            .findFirst();
    if (searched.isPresent()) {
      return new Condition(
          code, true, "precheck.patent.published", List.of(searched.get().number()));
    }
    // Not met: name the patent that came closest, so the start-up knows what to do next.
    for (PatentStatus s :
        List.of(PatentStatus.PUBLISHED, PatentStatus.GRANTED, PatentStatus.FILED)) {
      Optional<Patent> closest = inventions.stream().filter(p -> p.status() == s).findFirst();
      if (closest.isPresent()) {
        Patent p = closest.get();
        return switch (s) {
          case PUBLISHED ->
              new Condition(code, false, "precheck.patent.no-search-report", List.of(p.number()));
          case GRANTED ->
              new Condition(
                  code,
                  false,
                  "precheck.patent.too-old",
                  List.of(p.number(), p.grantedOn(), GRANT_WINDOW_YEARS));
          default ->
              new Condition(code, false, "precheck.patent.not-published", List.of(p.number()));
        };
      }
    }
    if (!inventions.isEmpty()) {
      return new Condition(
          code, false, "precheck.patent.ended", List.of(inventions.get(0).number()));
    }
    return new Condition(code, false, "precheck.patent.none", List.of());
  }
}
