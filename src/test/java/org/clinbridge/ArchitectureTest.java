package org.clinbridge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package conventions of docs/architecture.md, checked rather than hoped for. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMain() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clinbridge");
  }

  @Test
  void thePlatformKnowsNoBusinessArea() {
    noClasses()
        .that()
        .resideInAPackage("org.clinbridge.platform..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "org.clinbridge.platform..",
            "java..",
            "jakarta..",
            "javax..",
            "org.eclipse.microprofile..",
            "org.flywaydb..",
            "com.nimbusds..",
            "org.apache.commons.csv..",
            // The web shell's plumbing (lazy tables) speaks PrimeFaces' model types.
            "org.primefaces..",
            // The statement counter listens to EclipseLink's session events; NoQueryRetries
            // customises its session.
            "org.eclipse.persistence.sessions..",
            "org.eclipse.persistence.config..")
        .check(classes);
  }

  /**
   * Which business area may use which (besides the platform, which every area may use): the arrows
   * of docs/architecture.md's area table. An arrow not listed here is a new cross-area contract and
   * is added here and there on purpose, never by accident. Areas lower in the list never use areas
   * above them: organisations and reference know nobody, the district's view composes everyone.
   */
  static final java.util.Map<String, java.util.Set<String>> AREAS =
      java.util.Map.ofEntries(
          java.util.Map.entry("organisations", java.util.Set.of()),
          java.util.Map.entry("reference", java.util.Set.of()),
          java.util.Map.entry("signin", java.util.Set.of("organisations")),
          java.util.Map.entry("notifications", java.util.Set.of("organisations", "reference")),
          java.util.Map.entry(
              "projects", java.util.Set.of("organisations", "reference", "notifications")),
          java.util.Map.entry("funding", java.util.Set.of("organisations", "projects")),
          java.util.Map.entry(
              "contracts", java.util.Set.of("organisations", "notifications", "projects")),
          java.util.Map.entry("ip", java.util.Set.of("organisations", "reference", "projects")),
          java.util.Map.entry(
              "licensing",
              java.util.Set.of("organisations", "reference", "notifications", "projects", "ip")),
          java.util.Map.entry(
              "scenes",
              java.util.Set.of(
                  "organisations", "reference", "notifications", "projects", "licensing")),
          java.util.Map.entry(
              "consultation",
              java.util.Set.of(
                  "organisations", "reference", "notifications", "projects", "licensing")),
          java.util.Map.entry(
              "district",
              java.util.Set.of(
                  "organisations",
                  "signin",
                  "notifications",
                  "projects",
                  "funding",
                  "contracts",
                  "licensing",
                  "scenes",
                  "consultation")));

  @Test
  void eachAreaUsesOnlyTheAreasItIsAllowed() {
    java.util.List<String> broken = new java.util.ArrayList<>();
    for (var area : AREAS.entrySet()) {
      java.util.List<String> allowed = new java.util.ArrayList<>();
      allowed.add("org.clinbridge." + area.getKey() + "..");
      allowed.add("org.clinbridge.platform..");
      area.getValue().forEach(a -> allowed.add("org.clinbridge." + a + ".."));
      java.util.Set<String> others = new java.util.TreeSet<>(AREAS.keySet());
      others.removeIf(a -> allowed.contains("org.clinbridge." + a + ".."));
      if (others.isEmpty()) {
        continue;
      }
      noClasses()
          .that()
          .resideInAPackage("org.clinbridge." + area.getKey() + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              others.stream().map(a -> "org.clinbridge." + a + "..").toArray(String[]::new))
          .as(area.getKey() + " uses only " + area.getValue() + " and the platform")
          .evaluate(classes)
          .getFailureReport()
          .getDetails()
          .stream()
          .limit(3)
          .forEach(broken::add);
    }
    org.assertj.core.api.Assertions.assertThat(broken)
        .as("uses of areas not in AREAS (first three per area)")
        .isEmpty();
  }

  @Test
  void everyAreaIsListed() {
    java.util.Set<String> found = new java.util.TreeSet<>();
    for (var c : classes) {
      String rest = c.getPackageName().replaceFirst("^org\\.clinbridge\\.?", "");
      String area = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
      if (!area.isEmpty() && !area.equals("platform")) {
        found.add(area);
      }
    }
    org.assertj.core.api.Assertions.assertThat(found)
        .as("every business area has its row in AREAS")
        .isEqualTo(new java.util.TreeSet<>(AREAS.keySet()));
  }

  @Test
  void entitiesAndControlNeverReachUpToTheBoundary() {
    noClasses()
        .that()
        .resideInAnyPackage("..entity..", "..control..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..boundary..")
        .check(classes);
  }

  @Test
  void resourcesLiveInBoundaries() {
    classes()
        .that()
        .areAnnotatedWith(jakarta.ws.rs.Path.class)
        .should()
        .resideInAPackage("..boundary..")
        .check(classes);
  }

  @Test
  void entitiesLiveInEntityPackages() {
    classes()
        .that()
        .areAnnotatedWith(jakarta.persistence.Entity.class)
        .should()
        .resideInAPackage("..entity..")
        .check(classes);
  }

  /**
   * "Now" and "today" come from {@code DistrictClock} only: one place decides the zone of a date (a
   * UTC "today" is yesterday in Chongqing before 08:00) and the clock a test may replace.
   */
  @Test
  void timeIsReadFromTheDistrictClockOnly() {
    DescribedPredicate<JavaMethodCall> readsTheWallClock =
        DescribedPredicate.describe(
            "reads the wall clock",
            call -> {
              String owner = call.getTargetOwner().getName();
              String name = call.getName();
              boolean javaTimeNow =
                  owner.startsWith("java.time.") && name.equals("now") && !owner.endsWith("Clock");
              boolean systemClock = owner.equals("java.time.Clock") && name.startsWith("system");
              boolean millis = owner.equals("java.lang.System") && name.equals("currentTimeMillis");
              return javaTimeNow || systemClock || millis;
            });
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.clinbridge.platform.time.DistrictClock")
        .should()
        .callMethodWhere(readsTheWallClock)
        .because("time is the district's: inject platform.time.DistrictClock")
        .check(classes);
  }

  /**
   * Sequence ids stay in the database: a list's cursor is built from public keys (see {@code
   * JpqlWhere.createdCursor}), never from an entity's {@code id()}.
   */
  @Test
  void cursorsAreMadeOfPublicKeys() {
    noClasses()
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a cursorOf method reads a sequence id",
                (JavaMethodCall call) ->
                    call.getOrigin().getName().equals("cursorOf")
                        && call.getName().equals("id")
                        && call.getTarget()
                            .getRawReturnType()
                            .getName()
                            .matches("long|java.lang.Long")))
        .check(classes);
  }
}
