package org.clinbridge.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Access tokens from an external OpenID Connect provider (a hospital's or the district's identity
 * server), verified against the provider's published key set and mapped onto our roles. Off unless
 * {@code clinbridge.oidc.issuer} and {@code clinbridge.oidc.jwks-url} are configured; see
 * docs/security.md for every key. An external identity has no local account: its organisation is
 * named by a claim holding the organisation's USCC (or a configured default), and its roles are the
 * provider's roles run through {@code clinbridge.oidc.role-mapping}; roles that do not fit the
 * organisation's kind are dropped by the sign-in.
 */
@ApplicationScoped
public class ExternalTokens {
  private static final Logger LOG = Logger.getLogger(ExternalTokens.class.getName());

  @Inject
  @ConfigProperty(name = "clinbridge.oidc.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "clinbridge.oidc.jwks-url")
  Optional<String> jwksUrl;

  @Inject
  @ConfigProperty(name = "clinbridge.oidc.audience")
  Optional<String> audience;

  @Inject
  @ConfigProperty(name = "clinbridge.oidc.roles-claim", defaultValue = "groups")
  String rolesClaim;

  @Inject
  @ConfigProperty(name = "clinbridge.oidc.role-mapping")
  Optional<String> roleMapping;

  @Inject
  @ConfigProperty(name = "clinbridge.oidc.username-claim", defaultValue = "preferred_username")
  String usernameClaim;

  @Inject
  @ConfigProperty(name = "clinbridge.oidc.organisation-claim", defaultValue = "org_uscc")
  String organisationClaim;

  @Inject
  @ConfigProperty(name = "clinbridge.oidc.default-organisation")
  Optional<String> defaultOrganisation;

  private Map<String, Role> mapping = Map.of();
  private DefaultJWTProcessor<SecurityContext> processor;

  /** Who an external token says the caller is, before the organisation is looked up. */
  public record Identity(
      String issuer, String subject, String username, Set<Role> roles, String organisationUscc) {}

  @PostConstruct
  void configure() {
    if (issuer.isEmpty() || jwksUrl.isEmpty()) {
      return;
    }
    mapping = parseRoleMapping(roleMapping.orElse(""));
    try {
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.<SecurityContext>create(URI.create(jwksUrl.get()).toURL())
              .retrying(true)
              .build();
      processor = processor(keys, issuer.get(), audience.orElse(null));
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalStateException("clinbridge.oidc.jwks-url is not a URL: " + jwksUrl.get(), e);
    }
    LOG.info(
        () ->
            "External OpenID Connect tokens accepted from "
                + issuer.get()
                + " (keys from "
                + jwksUrl.get()
                + ", "
                + mapping.size()
                + " role mappings)");
  }

  static DefaultJWTProcessor<SecurityContext> processor(
      JWKSource<SecurityContext> keys, String issuer, String audience) {
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    // Providers put "JWT" or "at+jwt" (RFC 9068) in typ, or nothing: accept any typ.
    p.setJWSTypeVerifier((type, context) -> {});
    p.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(
                JWSAlgorithm.RS256,
                JWSAlgorithm.RS384,
                JWSAlgorithm.RS512,
                JWSAlgorithm.PS256,
                JWSAlgorithm.ES256),
            keys));
    p.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "exp", "iat")));
    return p;
  }

  public boolean enabled() {
    return processor != null;
  }

  /** True when {@code iss} names the configured external provider. */
  public boolean issues(String tokenIssuer) {
    return enabled() && issuer.get().equals(tokenIssuer);
  }

  public Identity verify(String token) throws InvalidTokenException {
    if (!enabled()) {
      throw new InvalidTokenException("external tokens are not configured");
    }
    try {
      JWTClaimsSet claims = processor.process(token, null);
      String username = claims.getStringClaim(usernameClaim);
      Object org = claims.getClaim(organisationClaim);
      String uscc = org instanceof String s ? s : defaultOrganisation.orElse(null);
      return new Identity(
          claims.getIssuer(),
          claims.getSubject(),
          username == null || username.isBlank() ? claims.getSubject() : username,
          mapRoles(claimAt(claims.getClaims(), rolesClaim), mapping),
          uscc);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw new InvalidTokenException("external token rejected: " + e.getMessage(), e);
    }
  }

  /**
   * {@code "hospital-staff=HOSPITAL_STAFF, admins=DISTRICT_ADMIN"}: the provider's role on the
   * left, ours on the right. An unknown role of ours stops the deployment rather than silently
   * granting nothing.
   */
  static Map<String, Role> parseRoleMapping(String spec) {
    Map<String, Role> m = new HashMap<>();
    for (String pair : spec.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq < 1) {
        throw new IllegalStateException("clinbridge.oidc.role-mapping: no '=' in '" + pair + "'");
      }
      String ours = pair.substring(eq + 1).trim();
      try {
        m.put(pair.substring(0, eq).trim(), Role.valueOf(ours));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("clinbridge.oidc.role-mapping: no role " + ours, e);
      }
    }
    return Map.copyOf(m);
  }

  /** A claim by a dotted path, e.g. {@code realm_access.roles} in Keycloak's tokens. */
  static Object claimAt(Map<String, Object> claims, String path) {
    Object current = claims;
    for (String part : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(part);
    }
    return current;
  }

  static Set<Role> mapRoles(Object claim, Map<String, Role> mapping) {
    Collection<?> values =
        claim instanceof Collection<?> c
            ? c
            : claim instanceof String s ? List.of(s.split("[ ,]+")) : List.of();
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Object v : values) {
      Role r = mapping.get(String.valueOf(v));
      if (r != null) {
        roles.add(r);
      }
    }
    return Set.copyOf(roles);
  }
}
