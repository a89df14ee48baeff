package org.clinbridge.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.clinbridge.platform.time.DistrictClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Our own access tokens: RS256 JWTs in the MicroProfile JWT shape ({@code iss}, {@code sub} = the
 * account's UUID, {@code upn} = username, {@code groups} = roles, {@code org} = the organisation's
 * UUID, {@code jti}, {@code iat}, {@code exp}), short-lived (15 minutes unless {@code
 * clinbridge.token.lifetime-seconds} says otherwise). Verification checks signature, algorithm,
 * issuer and expiry (60 s clock skew); whether the account may still sign in is the caller's
 * business, since it needs the database.
 */
@ApplicationScoped
public class AccessTokens {
  public static final String DEFAULT_ISSUER = "urn:clinbridge";

  private Supplier<RSAKey> key;
  private String issuer;
  private Duration lifetime;
  private Clock clock;
  private volatile DefaultJWTProcessor<SecurityContext> processor;

  protected AccessTokens() {
    // for CDI proxies
  }

  @Inject
  public AccessTokens(
      SigningKeys keys,
      @ConfigProperty(name = "clinbridge.token.issuer", defaultValue = DEFAULT_ISSUER)
          String issuer,
      @ConfigProperty(name = "clinbridge.token.lifetime-seconds", defaultValue = "900")
          long lifetimeSeconds,
      DistrictClock districtClock) {
    this(keys::current, issuer, Duration.ofSeconds(lifetimeSeconds), districtClock.clock());
  }

  AccessTokens(Supplier<RSAKey> key, String issuer, Duration lifetime, Clock clock) {
    this.key = key;
    this.issuer = issuer;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** A signed token. */
  public record Issued(String token, long expiresInSeconds) {}

  /** What a verified token of ours says. */
  public record Verified(UUID accountId, String username, String jti, Instant expiresAt) {}

  public String issuer() {
    return issuer;
  }

  public Issued issue(CallerPrincipal caller) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(caller.accountId().toString())
            .claim("upn", caller.username())
            .claim("groups", caller.roles().stream().map(Enum::name).sorted().toList())
            .claim("org", caller.organisationId().toString())
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .build();
    RSAKey k = key.get();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(k.getKeyID())
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(k));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign an access token", e);
    }
    return new Issued(jwt.serialize(), lifetime.toSeconds());
  }

  public Verified verify(String token) throws InvalidTokenException {
    try {
      JWTClaimsSet claims = processor().process(token, null);
      return new Verified(
          UUID.fromString(claims.getSubject()),
          claims.getStringClaim("upn"),
          claims.getJWTID(),
          claims.getExpirationTime().toInstant());
    } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
      throw new InvalidTokenException("access token rejected: " + e.getMessage(), e);
    }
  }

  /** The public key set, for other services that verify our tokens. */
  public JWKSet publicKeys() {
    return new JWKSet(key.get().toPublicJWK());
  }

  private DefaultJWTProcessor<SecurityContext> processor() {
    DefaultJWTProcessor<SecurityContext> p = processor;
    if (p == null) {
      p = new DefaultJWTProcessor<>();
      p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
      p.setJWSKeySelector(
          new JWSVerificationKeySelector<>(
              JWSAlgorithm.RS256, new ImmutableJWKSet<>(new JWKSet(key.get().toPublicJWK()))));
      DefaultJWTClaimsVerifier<SecurityContext> verifier =
          new DefaultJWTClaimsVerifier<>(
              new JWTClaimsSet.Builder().issuer(issuer).build(),
              Set.of("sub", "exp", "iat", "jti")) {
            @Override
            protected Date currentTime() {
              return Date.from(clock.instant());
            }
          };
      p.setJWTClaimsSetVerifier(verifier);
      processor = p;
    }
    return p;
  }
}
