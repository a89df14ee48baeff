package org.clinbridge.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clinbridge.platform.i18n.AcceptLanguage;
import org.clinbridge.platform.problem.ProblemResponses;

/**
 * Enforces {@code @RolesAllowed}, {@link SignedIn}, {@code @PermitAll} and {@code @DenyAll} on
 * every JAX-RS resource method before it runs. Payara enforces these annotations on EJBs, not on
 * the CDI {@code Boundary} beans our resources are, so without this filter they would be
 * decoration. A method's annotation wins over its class's; a method with neither is denied (fail
 * closed), so a forgotten annotation shows up as a 403 in the authorization test rather than an
 * open endpoint.
 *
 * <p>No signed-in caller where roles are needed: 401 problem with {@code WWW-Authenticate: Bearer}.
 * Signed in without the role: 403 problem.
 */
@Provider
public class RolesEnforcement implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Method method = resourceInfo.getResourceMethod();
    Class<?> type = resourceInfo.getResourceClass();
    if (method == null || type == null) {
      return;
    }
    // Ahead of any other authorization filter (Jersey's or Payara's, when enabled), so that the
    // answers are ours: problem+json with the Bearer challenge.
    context.register(new Check(rule(method, type)), Priorities.AUTHORIZATION - 100);
  }

  /** Who may call: {@code null} roles means everyone, an empty list nobody. */
  record Rule(List<String> roles) {
    static final Rule EVERYONE = new Rule(null);
    static final Rule NOBODY = new Rule(List.of());
  }

  static Rule rule(Method method, Class<?> type) {
    Rule declared = declared(method, type);
    return declared != null ? declared : Rule.NOBODY;
  }

  /** The rule the method or else its class declares; {@code null} when neither declares one. */
  static Rule declared(Method method, Class<?> type) {
    Rule onMethod = ruleOn(method);
    return onMethod != null ? onMethod : ruleOn(type);
  }

  private static final Rule ANY_ROLE =
      new Rule(Arrays.stream(Role.values()).map(Role::name).toList());

  private static Rule ruleOn(java.lang.reflect.AnnotatedElement element) {
    if (element.isAnnotationPresent(DenyAll.class)) {
      return Rule.NOBODY;
    }
    RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
    if (roles != null) {
      return new Rule(Arrays.asList(roles.value()));
    }
    if (element.isAnnotationPresent(SignedIn.class)) {
      return ANY_ROLE;
    }
    return element.isAnnotationPresent(PermitAll.class) ? Rule.EVERYONE : null;
  }

  @Priority(Priorities.AUTHORIZATION - 100)
  static final class Check implements ContainerRequestFilter {
    private final Rule rule;

    Check(Rule rule) {
      this.rule = rule;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (rule.roles() == null) {
        return;
      }
      Principal p = request.getSecurityContext().getUserPrincipal();
      if (p == null) {
        request.abortWith(unauthorized(request));
        return;
      }
      for (String role : rule.roles()) {
        if (holds(p, role, request)) {
          return;
        }
      }
      request.abortWith(problem(request, 403, "forbidden"));
    }

    private static boolean holds(Principal p, String role, ContainerRequestContext request) {
      if (p instanceof CallerPrincipal caller) {
        return caller.roles().stream().anyMatch(r -> r.name().equals(role));
      }
      return request.getSecurityContext().isUserInRole(role);
    }
  }

  static Response unauthorized(ContainerRequestContext request) {
    return Response.fromResponse(problem(request, 401, "unauthorized"))
        .header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.plain())
        .build();
  }

  static Response problem(ContainerRequestContext request, int status, String slug) {
    Locale locale = AcceptLanguage.preferred(request.getHeaderString(AcceptLanguage.HEADER));
    return ProblemResponses.response(
        locale,
        status,
        slug,
        slug + ".detail",
        new Object[0],
        List.of(),
        request.getUriInfo().getRequestUri().getRawPath());
  }
}
