package org.clinbridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.clinbridge.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class RolesCheckTest {

  @RolesAllowed(Roles.HOSPITAL_STAFF)
  static class HospitalUseCases {
    public void publish() {}

    @PermitAll
    public void browse() {}

    @DenyAll
    public void never() {}
  }

  static class Helpers {
    public void format() {}
  }

  /** A caller whose roles the test chooses; null for nobody signed in. */
  static Caller caller(Set<Role> roles) {
    return new Caller() {
      @Override
      public boolean signedIn() {
        return roles != null;
      }

      @Override
      public Set<Role> roles() {
        return roles == null ? Set.of() : roles;
      }
    };
  }

  /** Runs {@code method} of {@code type} through the interceptor; true when it went on. */
  static boolean call(Set<Role> roles, Class<?> type, String method) throws Exception {
    RolesCheck check = new RolesCheck();
    check.caller = caller(roles);
    boolean[] proceeded = {false};
    check.check(invocation(type.getMethod(method), proceeded));
    return proceeded[0];
  }

  @Test
  void aCallerWithTheRoleGoesOn() throws Exception {
    assertThat(call(Set.of(Role.HOSPITAL_STAFF), HospitalUseCases.class, "publish")).isTrue();
  }

  @Test
  void aSignedInCallerWithoutTheRoleIsForbidden() {
    assertThatThrownBy(() -> call(Set.of(Role.START_UP_MEMBER), HospitalUseCases.class, "publish"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.status()).isEqualTo(403);
              assertThat(p.slug()).isEqualTo("forbidden");
            });
  }

  @Test
  void nobodySignedInIsAskedToSignIn() {
    assertThatThrownBy(() -> call(null, HospitalUseCases.class, "publish"))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(401));
  }

  @Test
  void theMethodsDeclarationWins() throws Exception {
    assertThat(call(null, HospitalUseCases.class, "browse")).isTrue();
    assertThatThrownBy(() -> call(Set.of(Role.HOSPITAL_STAFF), HospitalUseCases.class, "never"))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void undeclaredHelpersAreNotUseCasesAndPass() throws Exception {
    assertThat(call(Set.of(Role.CONSULTANT), Helpers.class, "format")).isTrue();
  }

  private static InvocationContext invocation(Method method, boolean[] proceeded) {
    Map<String, Object> data = new HashMap<>();
    return new InvocationContext() {
      @Override
      public Object getTarget() {
        return null;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        return method;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return new Object[0];
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return data;
      }

      @Override
      public Object proceed() {
        proceeded[0] = true;
        return null;
      }
    };
  }
}
