package org.clinbridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolesEnforcementTest {

  @RolesAllowed(Roles.DISTRICT_ADMIN)
  static class AdminsByDefault {
    public void inherits() {}

    @PermitAll
    public void open() {}

    @RolesAllowed({Roles.HOSPITAL_STAFF, Roles.ORG_ADMIN})
    public void narrower() {}

    @DenyAll
    public void closed() {}

    @SignedIn
    public void anyone() {}
  }

  static class Undeclared {
    public void forgotten() {}
  }

  private static RolesEnforcement.Rule rule(Class<?> type, String method) throws Exception {
    return RolesEnforcement.rule(type.getMethod(method), type);
  }

  @Test
  void theMethodsAnnotationWinsOverTheClasses() throws Exception {
    assertThat(rule(AdminsByDefault.class, "inherits").roles()).containsExactly("DISTRICT_ADMIN");
    assertThat(rule(AdminsByDefault.class, "open").roles()).isNull();
    assertThat(rule(AdminsByDefault.class, "narrower").roles())
        .isEqualTo(List.of("HOSPITAL_STAFF", "ORG_ADMIN"));
    assertThat(rule(AdminsByDefault.class, "closed").roles()).isEmpty();
    assertThat(rule(AdminsByDefault.class, "anyone").roles())
        .as("SignedIn: every role, not everyone (an anonymous caller gets 401)")
        .containsExactlyInAnyOrder(
            java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
  }

  /** "Any signed-in role" is SignedIn, never the six names spelled out again. */
  @Test
  void noUseCaseSpellsOutEveryRole() {
    var everyRole =
        java.util.Arrays.stream(Role.values())
            .map(Role::name)
            .collect(java.util.stream.Collectors.toSet());
    List<String> spelledOut = new java.util.ArrayList<>();
    for (var type :
        new com.tngtech.archunit.core.importer.ClassFileImporter()
            .withImportOption(
                com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clinbridge")) {
      for (var member : type.getMembers()) {
        member
            .tryGetAnnotationOfType(RolesAllowed.class)
            .filter(r -> java.util.Set.of(r.value()).equals(everyRole))
            .ifPresent(r -> spelledOut.add(member.getFullName()));
      }
    }
    assertThat(spelledOut).isEmpty();
  }

  @Test
  void aMethodWithoutAnyDeclarationIsClosed() throws Exception {
    assertThat(rule(Undeclared.class, "forgotten")).isEqualTo(RolesEnforcement.Rule.NOBODY);
  }
}
