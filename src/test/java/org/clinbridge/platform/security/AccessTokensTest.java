package org.clinbridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessTokensTest {
  private static final RSAKey KEY = SigningKeys.toJwk(SigningKeys.generate());
  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private final CallerPrincipal caller =
      new CallerPrincipal(
          "li.wei",
          UUID.randomUUID(),
          UUID.randomUUID(),
          51L,
          "HOSPITAL",
          Set.of(Role.HOSPITAL_STAFF, Role.ORG_ADMIN));

  private static AccessTokens at(Instant instant) {
    return new AccessTokens(
        () -> KEY, "urn:clinbridge", Duration.ofMinutes(15), Clock.fixed(instant, ZoneOffset.UTC));
  }

  @Test
  void anIssuedTokenCarriesTheAgreedClaimsAndVerifies() throws Exception {
    AccessTokens.Issued issued = at(NOW).issue(caller);
    assertThat(issued.expiresInSeconds()).isEqualTo(900);
    SignedJWT jwt = SignedJWT.parse(issued.token());
    assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(KEY.getKeyID());
    var claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("urn:clinbridge");
    assertThat(claims.getSubject()).isEqualTo(caller.accountId().toString());
    assertThat(claims.getStringClaim("upn")).isEqualTo("li.wei");
    assertThat(claims.getStringListClaim("groups")).containsExactly("HOSPITAL_STAFF", "ORG_ADMIN");
    assertThat(claims.getStringClaim("org")).isEqualTo(caller.organisationId().toString());
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(900));

    AccessTokens.Verified v = at(NOW.plusSeconds(60)).verify(issued.token());
    assertThat(v.accountId()).isEqualTo(caller.accountId());
    assertThat(v.username()).isEqualTo("li.wei");
  }

  @Test
  void anExpiredTokenIsRefusedAfterTheClockSkew() {
    String token = at(NOW).issue(caller).token();
    assertThat(catchVerify(at(NOW.plusSeconds(900 + 30)), token)).isNull();
    assertThatThrownBy(() -> at(NOW.plusSeconds(900 + 61)).verify(token))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void aTokenSignedWithAnotherKeyOrByAnotherIssuerIsRefused() {
    RSAKey other = SigningKeys.toJwk(SigningKeys.generate());
    String foreign =
        new AccessTokens(
                () -> other,
                "urn:clinbridge",
                Duration.ofMinutes(15),
                Clock.fixed(NOW, ZoneOffset.UTC))
            .issue(caller)
            .token();
    assertThatThrownBy(() -> at(NOW).verify(foreign)).isInstanceOf(InvalidTokenException.class);
    String otherIssuer =
        new AccessTokens(
                () -> KEY,
                "urn:elsewhere",
                Duration.ofMinutes(15),
                Clock.fixed(NOW, ZoneOffset.UTC))
            .issue(caller)
            .token();
    assertThatThrownBy(() -> at(NOW).verify(otherIssuer)).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void aTamperedTokenIsRefused() {
    String token = at(NOW).issue(caller).token();
    String[] parts = token.split("\\.");
    String forgedPayload =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("{\"iss\":\"urn:clinbridge\",\"sub\":\""
                        + UUID.randomUUID()
                        + "\",\"groups\":[\"DISTRICT_ADMIN\"],\"exp\":9999999999,\"iat\":1,\"jti\":\"x\"}")
                    .getBytes());
    String tampered = parts[0] + "." + forgedPayload + "." + parts[2];
    assertThatThrownBy(() -> at(NOW).verify(tampered)).isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> at(NOW).verify("garbage")).isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void aPemKeyRoundTripsAndKeepsItsKeyId() {
    var key = SigningKeys.generate();
    String pem = SigningKeys.toPem(key);
    assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----");
    // Environment variables often carry the newlines escaped.
    var parsed = SigningKeys.parsePkcs8(pem.replace("\n", "\\n"));
    assertThat(SigningKeys.toJwk(parsed).getKeyID()).isEqualTo(SigningKeys.toJwk(key).getKeyID());
  }

  private static Exception catchVerify(AccessTokens tokens, String token) {
    try {
      tokens.verify(token);
      return null;
    } catch (InvalidTokenException e) {
      return e;
    }
  }
}
