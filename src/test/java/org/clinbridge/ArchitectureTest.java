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
