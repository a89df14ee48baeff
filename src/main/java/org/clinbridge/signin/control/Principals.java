package org.clinbridge.signin.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.clinbridge.platform.audit.Changed;
import org.clinbridge.platform.security.CallerPrincipal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The caller behind one of our access tokens, remembered for a short while, so a request with a
 * valid token costs no database round trip: the account is read once per {@code
 * auth.principal-cache-seconds} (60) per instance, not once per request. A change to the account
 * (disabled, roles) or to any organisation (deactivated) forgets it at once on the instance that
 * made the change; the other instances of a cluster follow within that time, which bounds how long
 * a disabled account's tokens still work there (docs/security.md). An account that may no longer
 * sign in is not remembered: its token is refused and asked about again next time.
 */
@ApplicationScoped
public class Principals {
  static final long MAX_ENTRIES = 50_000;

  @Inject SignIn signIn;

  @Inject
  @ConfigProperty(name = "auth.principal-cache-seconds", defaultValue = "60")
  int seconds;

  private Cache<UUID, CallerPrincipal> cache;

  @PostConstruct
  void start() {
    cache =
        Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(Math.max(0, seconds)))
            .maximumSize(MAX_ENTRIES)
            .build();
  }

  /** The caller behind account {@code id}, if it may still sign in. */
  public Optional<CallerPrincipal> ofAccount(UUID id) {
    return Optional.ofNullable(cache.get(id, k -> signIn.ofAccount(k).orElse(null)));
  }

  /** Forgets what a change to an account or an organisation may have made untrue. */
  void changed(@Observes Changed change) {
    if ("account".equals(change.entity())) {
      try {
        cache.invalidate(UUID.fromString(change.publicId()));
      } catch (IllegalArgumentException e) {
        cache.invalidateAll();
      }
    } else if ("organisation".equals(change.entity())) {
      cache.invalidateAll();
    }
  }
}
