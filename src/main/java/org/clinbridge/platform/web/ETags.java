package org.clinbridge.platform.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.clinbridge.platform.problem.ProblemException;

/**
 * Optimistic concurrency on the wire: a representation's ETag is its row version, and an update
 * must name the version it was based on in {@code If-Match}. A missing header is a 428 (so that no
 * client overwrites blindly), a stale one a 412; a race that slips between the check and the commit
 * is still caught by the JPA {@code @Version} column and answered 409.
 */
public final class ETags {
  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * 200 with a versioned record and its version as the ETag: how every read and change of such a
   * record answers, so that the client holds what its next If-Match must say.
   */
  public static Response ok(Object entity, long version) {
    return Response.ok(entity).tag(of(version)).build();
  }

  /** 201 at {@code location} with the new record and its version as the ETag. */
  public static Response created(java.net.URI location, Object entity, long version) {
    return Response.created(location).tag(of(version)).entity(entity).build();
  }

  /** Checks {@code If-Match} against the current version; returns normally when it matches. */
  public static void requireMatch(HttpHeaders headers, long currentVersion) {
    requireMatch(headers.getHeaderString(HttpHeaders.IF_MATCH), currentVersion);
  }

  /**
   * The same check for a caller that holds the version itself (a page keeps the version of the
   * record it showed): a stale one is the same 412 the API answers.
   */
  public static void requireVersion(long expectedVersion, long currentVersion) {
    if (expectedVersion != currentVersion) {
      throw new ProblemException(412, "stale-resource", "stale-resource.detail", currentVersion);
    }
  }

  /** The same check on the raw header value. */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(428, "precondition-required", "precondition-required.detail");
    }
    String expected = Long.toString(currentVersion);
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*")) {
        return;
      }
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
        tag = tag.substring(1, tag.length() - 1);
      }
      if (Objects.equals(tag, expected)) {
        return;
      }
    }
    throw new ProblemException(412, "stale-resource", "stale-resource.detail", currentVersion);
  }
}
