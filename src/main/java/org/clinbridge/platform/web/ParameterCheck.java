package org.clinbridge.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.clinbridge.platform.problem.ProblemException;

/**
 * Refuses, before any resource runs, a path or query parameter holding text PostgreSQL cannot store
 * (U+0000, a lone surrogate), with a 400 naming the parameter: such text used to reach a query as a
 * search term or an id and fail there as a 500. Bodies get the same check from {@link
 * JsonBodyCheck}.
 */
@Provider
@PreMatching
public class ParameterCheck implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    UriInfo uri = request.getUriInfo();
    for (Map.Entry<String, List<String>> p : uri.getQueryParameters(true).entrySet()) {
      if (!StorableText.storable(p.getKey())) {
        throw ProblemException.invalidField("?", StorableText.MESSAGE_KEY);
      }
      for (String value : p.getValue()) {
        if (!StorableText.storable(value)) {
          throw ProblemException.invalidField(p.getKey(), StorableText.MESSAGE_KEY);
        }
      }
    }
    for (PathSegment segment : uri.getPathSegments(true)) {
      if (!StorableText.storable(segment.getPath())) {
        throw ProblemException.invalidField("path", StorableText.MESSAGE_KEY);
      }
    }
  }
}
