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
  }

  @Test
  void aMethodWithoutAnyDeclarationIsClosed() throws Exception {
    assertThat(rule(Undeclared.class, "forgotten")).isEqualTo(RolesEnforcement.Rule.NOBODY);
  }
}
