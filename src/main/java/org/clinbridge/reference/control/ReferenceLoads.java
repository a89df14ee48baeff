package org.clinbridge.reference.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.clinbridge.platform.time.DistrictClock;

/**
 * The {@code reference_load} rows: which bundled reference file an installation loaded, so that the
 * first start loads each once. The row is locked while loading (in the caller's transaction), so
 * instances starting together on one database load a file once: the second waits, then finds it
 * loaded.
 */
@ApplicationScoped
public class ReferenceLoads {
  @PersistenceContext EntityManager em;
  @Inject DistrictClock clock;

  /** Locks the row of {@code name}; true when its file was never loaded. */
  public boolean lockUnloaded(String name) {
    List<?> rows =
        em.createNativeQuery("select loaded_at from reference_load where name = ? for update")
            .setParameter(1, name)
            .getResultList();
    return !rows.isEmpty() && rows.get(0) == null;
  }

  public void markLoaded(String name, int records, int rejected, String sha256) {
    em.createNativeQuery(
            "update reference_load set loaded_at = ?, records = ?, rejected = ?, sha256 = ?"
                + " where name = ?")
        .setParameter(1, clock.now())
        .setParameter(2, records)
        .setParameter(3, rejected)
        .setParameter(4, sha256)
        .setParameter(5, name)
        .executeUpdate();
  }

  /** The bytes of a file bundled in the WAR. */
  public static byte[] bundled(String resource) {
    try (InputStream in = ReferenceLoads.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing from the WAR: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + resource, e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
