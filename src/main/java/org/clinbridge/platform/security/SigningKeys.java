package org.clinbridge.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clinbridge.platform.persistence.Database;
import org.clinbridge.platform.time.DistrictClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The RSA key that signs our access tokens. From configuration when {@code
 * clinbridge.token.signing-key} (env {@code CLINBRIDGE_TOKEN_SIGNING_KEY}) holds a PKCS#8 PEM
 * private key; otherwise generated once (RSA 2048) and kept in the database, so every instance of a
 * cluster signs and verifies with the same key and tokens survive restarts. Two instances starting
 * together both try to insert; the primary key lets one win and both then read the winner's key.
 * The key is never in the repository or the WAR.
 */
@ApplicationScoped
public class SigningKeys {
  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
  private static final String PURPOSE = "access-token";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject DistrictClock clock;

  @Inject
  @ConfigProperty(name = "clinbridge.token.signing-key")
  Optional<String> configuredPem;

  private volatile RSAKey key;

  /** The signing key with its public half and key id (the JWK thumbprint). */
  public RSAKey current() {
    RSAKey k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          key = load();
        }
        k = key;
      }
    }
    return k;
  }

  private RSAKey load() {
    if (configuredPem.isPresent() && !configuredPem.get().isBlank()) {
      LOG.info("Access tokens are signed with the configured key (clinbridge.token.signing-key)");
      return toJwk(parsePkcs8(configuredPem.get()));
    }
    try (Connection c = dataSource.getConnection()) {
      Optional<String> stored = read(c);
      if (stored.isEmpty()) {
        RSAPrivateCrtKey generated = generate();
        try (PreparedStatement ps =
            c.prepareStatement(
                "insert into signing_key (purpose, key_id, private_key_pem, created_at)"
                    + " values (?, ?, ?, ?) on conflict do nothing")) {
          ps.setString(1, PURPOSE);
          ps.setString(2, toJwk(generated).getKeyID());
          ps.setString(3, toPem(generated));
          ps.setObject(4, clock.now());
          if (ps.executeUpdate() == 1) {
            LOG.info("Generated the access-token signing key and stored it in the database");
          }
        }
        stored = read(c);
      }
      return toJwk(parsePkcs8(stored.orElseThrow()));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read or store the token signing key", e);
    }
  }

  private static Optional<String> read(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select private_key_pem from signing_key where purpose = ?")) {
      ps.setString(1, PURPOSE);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static RSAPrivateCrtKey generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return (RSAPrivateCrtKey) g.generateKeyPair().getPrivate();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String toPem(RSAPrivateCrtKey key) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  /** Reads a PKCS#8 PEM ({@code BEGIN PRIVATE KEY}); newlines may be escaped as {@code \n}. */
  static RSAPrivateCrtKey parsePkcs8(String pem) {
    String body =
        pem.replace("\\n", "\n")
            .replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    try {
      var spec = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body));
      return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(spec);
    } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
      throw new IllegalStateException(
          "clinbridge.token.signing-key is not an RSA private key in PKCS#8 PEM form", e);
    }
  }

  static RSAKey toJwk(RSAPrivateCrtKey priv) {
    try {
      RSAPublicKey pub =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(
                      new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
      RSAKey withoutId = new RSAKey.Builder(pub).privateKey(priv).build();
      return new RSAKey.Builder(pub)
          .privateKey(priv)
          .keyUse(KeyUse.SIGNATURE)
          .keyID(withoutId.computeThumbprint().toString())
          .build();
    } catch (GeneralSecurityException | JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
