package org.clinbridge.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 from the JDK: a 16-byte random salt per password and
 * OWASP's current iteration count for this algorithm (600,000) unless configured otherwise. The
 * stored form names its algorithm and count, {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
 * (base64), so the count can be raised later: old hashes still verify, and {@link #needsRehash}
 * tells the sign-in to re-hash with the new count.
 */
@ApplicationScoped
public class Passwords {
  public static final int OWASP_ITERATIONS = 600_000;
  static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private int iterations;

  protected Passwords() {
    // for CDI proxies
  }

  @Inject
  public Passwords(
      @ConfigProperty(name = "clinbridge.password.iterations", defaultValue = "600000")
          int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("clinbridge.password.iterations must be positive");
    }
    this.iterations = iterations;
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = pbkdf2(password, salt, iterations, HASH_BITS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /**
   * True when {@code password} matches {@code stored}. The comparison takes the same time wherever
   * the bytes differ; an unreadable stored value never matches.
   */
  public boolean matches(String password, String stored) {
    Parsed p = Parsed.of(stored);
    if (p == null || password == null) {
      return false;
    }
    byte[] actual = pbkdf2(password, p.salt, p.iterations, p.hash.length * 8);
    return MessageDigest.isEqual(actual, p.hash);
  }

  /**
   * Spends the time of one verification without a stored hash, so that an unknown username takes as
   * long to refuse as a wrong password (no user enumeration by timing).
   */
  public void burn(String password) {
    pbkdf2(password == null ? "" : password, new byte[SALT_BYTES], iterations, HASH_BITS);
  }

  /** True when the stored hash was made with fewer iterations than we use now. */
  public boolean needsRehash(String stored) {
    Parsed p = Parsed.of(stored);
    return p == null || p.iterations < iterations;
  }

  public int iterations() {
    return iterations;
  }

  private static byte[] pbkdf2(String password, byte[] salt, int iterations, int bits) {
    char[] chars = password.toCharArray();
    PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(chars, '\0');
    }
  }

  private record Parsed(int iterations, byte[] salt, byte[] hash) {
    static Parsed of(String stored) {
      if (stored == null) {
        return null;
      }
      String[] parts = stored.split("\\$");
      if (parts.length != 4 || !parts[0].equals(SCHEME)) {
        return null;
      }
      try {
        int n = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        return n > 0 && hash.length > 0 ? new Parsed(n, salt, hash) : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }
}
