package org.clinbridge.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in external OpenID Connect provider: an RSA key of its own and a tiny HTTP server on
 * localhost, in the test JVM, that publishes the public key set at {@link #jwksUrl()}. {@link
 * RunningApp} configures the app to trust it, so tests can sign in with tokens "from a hospital's
 * identity server". Roles travel in {@code realm_access.roles} (Keycloak's shape) with the names
 * {@link #ROLE_MAPPING} maps; the organisation in {@code org_uscc}.
 */
public final class TestOidcProvider {
  public static final String ROLE_MAPPING =
      "clinbridge-admins=DISTRICT_ADMIN,ward-staff=HOSPITAL_STAFF,founders=START_UP_MEMBER,"
          + "station-consultants=CONSULTANT,tech-managers=TECH_MANAGER,org-admins=ORG_ADMIN";

  private static TestOidcProvider shared;

  private final RSAKey key;
  private final HttpServer server;

  private TestOidcProvider() throws IOException, JOSEException {
    key = new RSAKeyGenerator(2048).keyID("test-oidc-" + UUID.randomUUID()).generate();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/jwks.json",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(jwks);
          }
        });
    server.start();
  }

  public static synchronized TestOidcProvider get() {
    if (shared == null) {
      try {
        shared = new TestOidcProvider();
      } catch (IOException | JOSEException e) {
        throw new IllegalStateException("Cannot start the test OpenID provider", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0)));
    }
    return shared;
  }

  public String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
  }

  public String jwksUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
  }

  /** A token for {@code username} of the organisation with {@code uscc}, valid 5 minutes. */
  public String token(String username, String uscc, List<String> providerRoles) {
    return sign(claims(username, uscc, providerRoles).build(), key);
  }

  /** The claims {@link #token} would sign, for tests that want to change one. */
  public JWTClaimsSet.Builder claims(String username, String uscc, List<String> providerRoles) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer())
        .subject(UUID.randomUUID().toString())
        .claim("preferred_username", username)
        .claim("org_uscc", uscc)
        .claim("realm_access", Map.of("roles", providerRoles))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(300)));
  }

  /** Signs claims with this provider's key (or another, to forge a token). */
  public String sign(JWTClaimsSet claims, RSAKey with) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .type(JOSEObjectType.JWT)
                  .keyID(with.getKeyID())
                  .build(),
              claims);
      jwt.sign(new RSASSASigner(with));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public RSAKey key() {
    return key;
  }
}
