package org.clinbridge.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import org.clinbridge.platform.problem.ProblemException;

/**
 * Enforces a boundary method's declared roles on every call, whoever the caller is. The JAX-RS
 * filter {@link RolesEnforcement} already answers HTTP requests (with the Bearer challenge); pages
 * call the same boundary methods directly, and without this check a page bean that forgot its own
 * guard would run a use case for a role the API refuses. Runs before the transaction interceptor,
 * so a refused call never opens a transaction.
 *
 * <p>Methods with no annotation on the method or its class are not use cases (helpers the pages
 * share) and pass; {@link RolesEnforcement} still denies them as endpoints.
 */
@RolesChecked
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RolesCheck {
  @Inject Caller caller;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    RolesEnforcement.Rule rule = RolesEnforcement.declared(method, method.getDeclaringClass());
    if (rule != null && !allows(rule)) {
      throw caller.signedIn()
          ? ProblemException.forbidden()
          : new ProblemException(401, "unauthorized", "unauthorized.detail");
    }
    return invocation.proceed();
  }

  private boolean allows(RolesEnforcement.Rule rule) {
    if (rule.roles() == null) {
      return true;
    }
    return caller.roles().stream().anyMatch(r -> rule.roles().contains(r.name()));
  }
}
