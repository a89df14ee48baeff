package org.clinbridge.signin.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import org.clinbridge.platform.security.AccessTokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An access token in the OAuth 2 token-response shape (RFC 6749 section 5.1). */
@Schema(name = "TokenResponse")
public record TokenView(
    @JsonbProperty("access_token") @Schema(name = "access_token") String accessToken,
    @JsonbProperty("token_type") @Schema(name = "token_type", example = "Bearer") String tokenType,
    @JsonbProperty("expires_in") @Schema(name = "expires_in", example = "900") long expiresIn) {

  static TokenView of(AccessTokens.Issued issued) {
    return new TokenView(issued.token(), "Bearer", issued.expiresInSeconds());
  }
}
