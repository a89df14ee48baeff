package org.clinbridge.platform.idempotency.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.Temporal;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.clinbridge.platform.idempotency.entity.IdempotentRequest;
import org.clinbridge.platform.problem.ProblemException;
import org.clinbridge.platform.security.Caller;
import org.clinbridge.platform.time.DistrictClock;

/**
 * Makes a boundary's {@code POST} safe to retry. A request with an {@code Idempotency-Key} header
 * stores its answer (status, Location, ETag, body) in the transaction of the change it makes; the
 * same caller sending the same key again, after a timeout or an ambiguous 500 or 503, gets that
 * first answer (with {@code Idempotent-Replayed: true}) and no second change. The same key for a
 * different request is a 422; a retry that races the first while it still runs waits for it on the
 * key's row and then gets a 409 to retry, so at most one of them makes the change.
 *
 * <p>Runs inside the transaction (after the roles check and the transaction interceptor), so the
 * stored answer and the change commit together: there is no moment where the change is committed
 * and its key is not. Only methods answering a {@link Response} take part: their answer can be
 * replayed as it was. Without the header, or called from a page, nothing changes. Keys are kept
 * {@code idempotency.retention-hours} (24 by default; docs/operations.md).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 100)
public class IdempotencyCheck {
  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject Instance<HttpServletRequest> request;
  @Inject Caller caller;
  @Inject DistrictClock clock;
  @PersistenceContext EntityManager em;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    if (!method.isAnnotationPresent(POST.class) || method.getReturnType() != Response.class) {
      return invocation.proceed();
    }
    String key = key();
    if (key == null || !caller.signedIn()) {
      return invocation.proceed();
    }
    String id = digest(caller.username() + "\n" + key);
    String fingerprint = digest(operation(method) + "\n" + input(invocation.getParameters()));
    IdempotentRequest first = em.find(IdempotentRequest.class, id);
    if (first != null) {
      if (!first.fingerprint().equals(fingerprint)) {
        throw new ProblemException(422, "idempotency-key-reused", "idempotency-key-reused.detail");
      }
      return replay(first);
    }
    Response answer = (Response) invocation.proceed();
    if (answer != null && answer.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
      remember(id, fingerprint, answer);
    }
    return answer;
  }

  private void remember(String id, String fingerprint, Response answer) {
    String body = answer.hasEntity() ? JSON.toJson(answer.getEntity()) : null;
    if (body != null && body.length() > IdempotentRequest.BODY_MAX) {
      return;
    }
    // The change's own statements first, so that a failure of theirs is not taken for the key's.
    em.flush();
    try {
      em.persist(
          new IdempotentRequest(
              id,
              fingerprint,
              answer.getStatus(),
              answer.getLocation() == null ? null : answer.getLocation().toString(),
              answer.getEntityTag() == null ? null : answer.getEntityTag().toString(),
              body,
              clock.now()));
      em.flush();
    } catch (PersistenceException e) {
      // The same key committed meanwhile by a request that raced this one: this change rolls back.
      throw new InFlight();
    }
  }

  private static Response replay(IdempotentRequest first) {
    Response.ResponseBuilder r = Response.status(first.status()).header(REPLAYED, "true");
    if (first.location() != null) {
      r.location(URI.create(first.location()));
    }
    if (first.etag() != null) {
      r.header("ETag", first.etag());
    }
    if (first.body() != null) {
      r.entity(first.body()).type(MediaType.APPLICATION_JSON_TYPE);
    }
    return r.build();
  }

  /** The header, when this call serves an HTTP request that has one; checked for shape. */
  private String key() {
    String key;
    try {
      key = request.isResolvable() ? request.get().getHeader(HEADER) : null;
    } catch (RuntimeException e) {
      return null; // no request here (a job, a startup task)
    }
    if (key == null) {
      return null;
    }
    if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw ProblemException.invalidField(HEADER, "idempotency-key.invalid");
    }
    return key;
  }

  private static String operation(Method method) {
    return method.getDeclaringClass().getName().replaceAll("\\$.*", "") + "#" + method.getName();
  }

  /** The call's input: path values and forms as JSON; context objects by their type only. */
  private static String input(Object[] parameters) {
    StringBuilder s = new StringBuilder();
    for (Object p : parameters) {
      if (p == null) {
        s.append("null");
      } else if (p instanceof CharSequence
          || p instanceof Number
          || p instanceof Boolean
          || p instanceof UUID
          || p instanceof Enum<?>
          || p instanceof Temporal) {
        s.append(p);
      } else if (p instanceof Record || p instanceof Map<?, ?> || p instanceof Iterable<?>) {
        s.append(JSON.toJson(p));
      } else {
        s.append(p.getClass().getName());
      }
      s.append('\n');
    }
    return s.toString();
  }

  static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A request with the same key is still running or just committed: retry to get its answer. */
  static final class InFlight extends ProblemException {
    private static final long serialVersionUID = 1L;

    InFlight() {
      super(409, "idempotency-key-in-flight", "idempotency-key-in-flight.detail");
    }

    @Override
    public Map<String, String> headers() {
      return Map.of("Retry-After", "1");
    }
  }
}
