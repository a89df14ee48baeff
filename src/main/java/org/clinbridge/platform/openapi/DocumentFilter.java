package org.clinbridge.platform.openapi;

import java.util.Map;
import org.clinbridge.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation can give, so that no resource has to repeat them:
 * each answers problem+json for a bad request, a missing resource and an unexpected failure.
 * Registered with {@code mp.openapi.filter}.
 */
public class DocumentFilter implements OASFilter {
  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  private static final Map<String, String[]> COMMON =
      Map.of(
          "400", new String[] {"validation", "The request has invalid fields"},
          "404", new String[] {"not-found", "Not found"},
          "500", new String[] {"internal", "Unexpected failure"});

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    for (var e : COMMON.entrySet()) {
      if (responses.getAPIResponse(e.getKey()) == null) {
        responses.addAPIResponse(
            e.getKey(), problemResponse(Integer.parseInt(e.getKey()), e.getValue()));
      }
    }
    return operation;
  }

  private static APIResponse problemResponse(int status, String[] typeAndTitle) {
    Example example =
        OASFactory.createExample()
            .value(
                Map.of(
                    "type",
                    Problem.TYPE_PREFIX + typeAndTitle[0],
                    "title",
                    typeAndTitle[1],
                    "status",
                    status));
    MediaType media =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref(PROBLEM_REF))
            .addExample(typeAndTitle[0], example);
    Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    return OASFactory.createAPIResponse().description(typeAndTitle[1]).content(content);
  }
}
