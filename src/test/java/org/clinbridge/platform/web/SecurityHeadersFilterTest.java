package org.clinbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HSTS only where the request came over HTTPS: the integration tests speak plain HTTP, so the
 * secure case is checked here, on the filter itself.
 */
class SecurityHeadersFilterTest {
  @Test
  void strictTransportSecurityOnlyOverHttps() throws Exception {
    assertThat(headersFor(true, "/api/projects"))
        .containsEntry("Strict-Transport-Security", "max-age=31536000")
        .containsEntry("Cache-Control", "no-store");
    assertThat(headersFor(false, "/api/projects"))
        .doesNotContainKey("Strict-Transport-Security")
        .containsEntry("X-Content-Type-Options", "nosniff");
  }

  private static Map<String, String> headersFor(boolean secure, String uri) throws Exception {
    Map<String, String> headers = new HashMap<>();
    HttpServletRequest req =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "isSecure" -> secure;
                      case "getRequestURI" -> uri;
                      case "getContextPath" -> "";
                      default -> null;
                    });
    HttpServletResponse res =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("setHeader")) {
                    headers.put((String) args[0], (String) args[1]);
                  }
                  return null;
                });
    new SecurityHeadersFilter().doFilter(req, res, (rq, rs) -> {});
    return headers;
  }
}
