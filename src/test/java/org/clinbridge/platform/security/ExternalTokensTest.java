package org.clinbridge.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExternalTokensTest {

  @Test
  void theRoleMappingIsReadFromConfigurationAndRefusesUnknownRoles() {
    Map<String, Role> m =
        ExternalTokens.parseRoleMapping(" ward-staff = HOSPITAL_STAFF ,admins=DISTRICT_ADMIN,");
    assertThat(m).containsEntry("ward-staff", Role.HOSPITAL_STAFF);
    assertThat(m).containsEntry("admins", Role.DISTRICT_ADMIN);
    assertThatThrownBy(() -> ExternalTokens.parseRoleMapping("x=SUPERUSER"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SUPERUSER");
    assertThatThrownBy(() -> ExternalTokens.parseRoleMapping("no-equals"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rolesAreFoundByADottedPathAndOnlyMappedOnesCount() {
    Map<String, Object> claims =
        Map.of("realm_access", Map.of("roles", List.of("ward-staff", "offline_access")));
    Object roles = ExternalTokens.claimAt(claims, "realm_access.roles");
    assertThat(ExternalTokens.mapRoles(roles, Map.of("ward-staff", Role.HOSPITAL_STAFF)))
        .containsExactly(Role.HOSPITAL_STAFF);
    assertThat(ExternalTokens.claimAt(claims, "resource_access.x.roles")).isNull();
    // A space- or comma-separated string claim (scope-like) works too.
    assertThat(
            ExternalTokens.mapRoles(
                "a b,c", Map.of("a", Role.CONSULTANT, "c", Role.ORG_ADMIN, "z", Role.TECH_MANAGER)))
        .isEqualTo(Set.of(Role.CONSULTANT, Role.ORG_ADMIN));
  }

  @Test
  void theProcessorChecksIssuerAudienceAndSignature() throws Exception {
    var key = SigningKeys.toJwk(SigningKeys.generate());
    var processor =
        ExternalTokens.processor(
            new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())), "https://idp", "clinbridge");
    var good = signed(key, "https://idp", "clinbridge");
    assertThat(processor.process(good, null).getSubject()).isEqualTo("s-1");
    assertThatThrownBy(() -> processor.process(signed(key, "https://other", "clinbridge"), null))
        .isInstanceOf(Exception.class);
    assertThatThrownBy(() -> processor.process(signed(key, "https://idp", "someone-else"), null))
        .isInstanceOf(Exception.class);
  }

  private static String signed(com.nimbusds.jose.jwk.RSAKey key, String iss, String aud)
      throws Exception {
    var now = new java.util.Date();
    var claims =
        new com.nimbusds.jwt.JWTClaimsSet.Builder()
            .issuer(iss)
            .audience(aud)
            .subject("s-1")
            .issueTime(now)
            .expirationTime(new java.util.Date(now.getTime() + 60_000))
            .build();
    var jwt =
        new com.nimbusds.jwt.SignedJWT(
            new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .build(),
            claims);
    jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
    return jwt.serialize();
  }
}
