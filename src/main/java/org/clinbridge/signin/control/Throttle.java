package org.clinbridge.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.clinbridge.platform.time.DistrictClock;
import org.clinbridge.signin.entity.ThrottleCounter;
import org.clinbridge.signin.entity.ThrottlePolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, per account name and per client address, across all instances. Each
 * method runs in a transaction of its own, so a failure is counted even though the sign-in that saw
 * it rolls back.
 */
@ApplicationScoped
public class Throttle {
  @PersistenceContext EntityManager em;
  @Inject DistrictClock clock;

  @Inject
  @ConfigProperty(name = "clinbridge.signin.account-free-failures", defaultValue = "5")
  int accountFreeFailures;

  @Inject
  @ConfigProperty(name = "clinbridge.signin.address-free-failures", defaultValue = "20")
  int addressFreeFailures;

  @Inject
  @ConfigProperty(name = "clinbridge.signin.window-seconds", defaultValue = "900")
  long windowSeconds;

  @Inject
  @ConfigProperty(name = "clinbridge.signin.first-delay-seconds", defaultValue = "30")
  long firstDelaySeconds;

  @Inject
  @ConfigProperty(name = "clinbridge.signin.max-delay-seconds", defaultValue = "900")
  long maxDelaySeconds;

  /**
   * Addresses of reverse proxies whose {@code X-Forwarded-For} we believe (comma-separated); from
   * anyone else the header is ignored, since a client could otherwise pick its own address.
   */
  @Inject
  @ConfigProperty(name = "clinbridge.signin.trusted-proxies")
  Optional<String> trustedProxies;

  static String accountKey(String username) {
    return "account:" + username.trim().toLowerCase(java.util.Locale.ROOT);
  }

  static String addressKey(String address) {
    return "address:" + address;
  }

  /** The client's address: the connection's, or the last hop a trusted proxy forwarded. */
  public String clientAddress(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded != null && !forwarded.isBlank() && trusted().contains(remote)) {
      String[] hops = forwarded.split(",");
      String last = hops[hops.length - 1].trim();
      if (!last.isEmpty() && last.length() <= 64) {
        return last;
      }
    }
    return remote;
  }

  private List<String> trusted() {
    return trustedProxies.map(t -> List.of(t.trim().split("\\s*,\\s*"))).orElse(List.of());
  }

  /** How long the caller must wait before trying again, if at all. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Duration> blocked(String username, String address) {
    OffsetDateTime now = clock.now();
    Optional<Duration> wait = Optional.empty();
    for (String key : List.of(accountKey(username), addressKey(address))) {
      ThrottleCounter c = em.find(ThrottleCounter.class, key);
      Optional<Duration> d = c == null ? Optional.empty() : c.blockedFor(now);
      if (d.isPresent() && (wait.isEmpty() || d.get().compareTo(wait.get()) > 0)) {
        wait = d;
      }
    }
    return wait;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String username, String address) {
    OffsetDateTime now = clock.now();
    fail(accountKey(username), accountPolicy(), now);
    fail(addressKey(address), addressPolicy(), now);
  }

  /** A successful sign-in clears the account's count (the address's ends with its window). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void succeeded(String username) {
    ThrottleCounter c = em.find(ThrottleCounter.class, accountKey(username));
    if (c != null) {
      em.remove(c);
    }
  }

  private void fail(String key, ThrottlePolicy policy, OffsetDateTime now) {
    // Make sure the row exists without racing another instance, then count under its lock.
    em.createNativeQuery(
            "insert into signin_throttle (throttle_key, failures, window_started_at)"
                + " values (?1, 0, ?2) on conflict do nothing")
        .setParameter(1, key)
        .setParameter(2, now)
        .executeUpdate();
    ThrottleCounter c = em.find(ThrottleCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    c.fail(now, policy);
  }

  ThrottlePolicy accountPolicy() {
    return new ThrottlePolicy(
        accountFreeFailures,
        Duration.ofSeconds(windowSeconds),
        Duration.ofSeconds(firstDelaySeconds),
        Duration.ofSeconds(maxDelaySeconds));
  }

  ThrottlePolicy addressPolicy() {
    return new ThrottlePolicy(
        addressFreeFailures,
        Duration.ofSeconds(windowSeconds),
        Duration.ofSeconds(firstDelaySeconds),
        Duration.ofSeconds(maxDelaySeconds));
  }
}
