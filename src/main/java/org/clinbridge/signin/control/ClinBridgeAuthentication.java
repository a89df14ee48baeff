package org.clinbridge.signin.control;

import com.nimbusds.jwt.JWTParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.clinbridge.platform.problem.DatabaseUnavailable;
import org.clinbridge.platform.problem.ServletProblems;
import org.clinbridge.platform.security.AccessTokens;
import org.clinbridge.platform.security.BearerChallenge;
import org.clinbridge.platform.security.CallerPrincipal;
import org.clinbridge.platform.security.ExternalTokens;
import org.clinbridge.platform.security.InvalidTokenException;
import org.clinbridge.signin.entity.SignInFailedException;
import org.clinbridge.signin.entity.SignInThrottledException;

/**
 * The application's one authentication mechanism (Jakarta Security allows one; docs/decisions.md
 * says why it is ours and not Payara's MP-JWT). It runs before every request and accepts:
 *
 * <ul>
 *   <li>{@code Authorization: Bearer <jwt>}: our own access tokens, or an external OpenID Connect
 *       provider's ({@link ExternalTokens}); chosen by the token's {@code iss}. A token we refuse
 *       is answered here, 401 problem+json with {@code WWW-Authenticate: Bearer
 *       error="invalid_token"}, whatever the endpoint.
 *   <li>A sign-in from the web pages: {@code SecurityContext.authenticate(request, response,
 *       withParams().credential(new UsernamePasswordCredential(u, p)))}. On success the principal
 *       is kept in the HTTP session (a new session id, against fixation), and later page requests
 *       are signed in from it. On failure {@link #OUTCOME} on the request says why ({@code
 *       SignInOutcome}).
 *   <li>Nothing: the request goes on anonymously, and {@code RolesEnforcement} answers 401 where
 *       the endpoint needs a role. {@code /api/*} never reads the session: the API is stateless.
 * </ul>
 *
 * The principal given to the container is a {@link CallerPrincipal} with the account's roles as
 * groups, re-read from the database on every request.
 */
@ApplicationScoped
public class ClinBridgeAuthentication implements HttpAuthenticationMechanism {
  /** Request attribute with the {@link SignInOutcome} of a failed page sign-in. */
  public static final String OUTCOME = "org.clinbridge.signin.outcome";

  /** Session attribute holding the signed-in {@link CallerPrincipal} of a browser session. */
  public static final String SESSION_PRINCIPAL = "org.clinbridge.signin.principal";

  private static final Logger LOG = Logger.getLogger(ClinBridgeAuthentication.class.getName());

  @Inject SignIn signIn;
  @Inject Principals principals;
  @Inject Throttle throttle;
  @Inject AccessTokens accessTokens;
  @Inject ExternalTokens externalTokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return authenticate(request, response, context);
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.is(e)) {
        throw e;
      }
      // The caller could not be read (a token whose caller is no longer remembered, a page
      // session, a sign-in): the same 503 the request would get from the API, not the
      // container's 500.
      LOG.log(Level.WARNING, "Database unavailable while signing in a request: {0}", e.toString());
      ServletProblems.write(
          request,
          response,
          503,
          "database-unavailable",
          "database-unavailable.detail",
          Map.of("Retry-After", "5"));
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest()
        && credential instanceof UsernamePasswordCredential password) {
      return pageSignIn(request, password, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(authorization.substring(7).trim(), request, response, context);
    }
    if (!isApi(request) && !isStatic(request)) {
      Optional<CallerPrincipal> session = fromSession(request);
      if (session.isPresent()) {
        return login(context, session.get());
      }
    }
    if (context.isProtected() && !isApi(request)) {
      // A page that needs a signed-in person (a web.xml constraint): a 401, which the error page
      // turns into a redirect to the sign-in page.
      return context.responseUnauthorized();
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_PRINCIPAL);
    }
  }

  private AuthenticationStatus pageSignIn(
      HttpServletRequest request, UsernamePasswordCredential credential, HttpMessageContext ctx) {
    try {
      CallerPrincipal p =
          signIn.withPassword(
              credential.getCaller(),
              credential.getPasswordAsString(),
              throttle.clientAddress(request));
      HttpSession existing = request.getSession(false);
      if (existing != null) {
        request.changeSessionId();
      }
      request.getSession(true).setAttribute(SESSION_PRINCIPAL, p);
      return login(ctx, p);
    } catch (SignInThrottledException e) {
      request.setAttribute(OUTCOME, SignInOutcome.throttled(e.retryAfterSeconds()));
    } catch (SignInFailedException e) {
      request.setAttribute(OUTCOME, SignInOutcome.failed());
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus bearer(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    try {
      return login(context, verify(token));
    } catch (InvalidTokenException e) {
      LOG.log(Level.FINE, "Bearer token refused: {0}", e.getMessage());
      ServletProblems.write(
          request,
          response,
          401,
          "invalid-token",
          "invalid-token.detail",
          Map.of("WWW-Authenticate", BearerChallenge.invalidToken()));
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private CallerPrincipal verify(String token) throws InvalidTokenException {
    String issuer;
    try {
      issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
    } catch (ParseException e) {
      throw new InvalidTokenException("not a JWT", e);
    }
    if (accessTokens.issuer().equals(issuer)) {
      AccessTokens.Verified v = accessTokens.verify(token);
      // Remembered for a short while: a valid token costs no database round trip (Principals).
      return principals
          .ofAccount(v.accountId())
          .orElseThrow(() -> new InvalidTokenException("account may no longer sign in"));
    }
    if (externalTokens.issues(issuer)) {
      ExternalTokens.Identity identity = externalTokens.verify(token);
      return signIn
          .ofExternal(identity)
          .orElseThrow(() -> new InvalidTokenException("no active organisation or no usable role"));
    }
    throw new InvalidTokenException("unknown issuer " + issuer);
  }

  private Optional<CallerPrincipal> fromSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SESSION_PRINCIPAL) instanceof CallerPrincipal p)) {
      return Optional.empty();
    }
    // Read again (through the short-lived cache), so that disabling an account ends its sessions.
    Optional<CallerPrincipal> current = principals.ofAccount(p.accountId());
    if (current.isEmpty()) {
      session.invalidate();
    } else if (!current.get().equals(p)) {
      session.setAttribute(SESSION_PRINCIPAL, current.get());
    }
    return current;
  }

  private static AuthenticationStatus login(HttpMessageContext context, CallerPrincipal p) {
    // Kept on the request too: the container forgets the login when it dispatches to an error page
    // (a missing page's 404), and that page still shows the signed-in person's menu (Caller).
    context.getRequest().setAttribute(CallerPrincipal.REQUEST_ATTRIBUTE, p);
    Set<String> groups = p.roles().stream().map(Enum::name).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(p, groups);
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  static boolean isApi(HttpServletRequest request) {
    String p = path(request);
    return p.equals("/api") || p.startsWith("/api/");
  }

  /** Static files need no identity; skipping them spares a database read per image or script. */
  private static boolean isStatic(HttpServletRequest request) {
    String p = path(request);
    return p.startsWith("/jakarta.faces.resource/")
        || p.startsWith("/webjars/")
        || p.startsWith("/api-docs/");
  }
}
