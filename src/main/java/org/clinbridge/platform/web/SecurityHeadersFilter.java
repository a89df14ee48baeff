package org.clinbridge.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-side protections every answer carries, set before anything else writes: no MIME
 * sniffing, no referrer beyond our origin, framing and form posts to our own origin only, and no
 * caching of what is personal (API answers and signed-in pages; the static resources of the pages
 * stay cacheable). HSTS only over HTTPS, where it means something.
 *
 * <p>This Content-Security-Policy restricts framing, base URI, form targets and plugins on every
 * answer; the pages' scripts are restricted by the nonce policy PrimeFaces' CSP mode adds beside it
 * (web.xml, docs/security.md).
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
  static final String POLICY =
      "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.setHeader("Content-Security-Policy", POLICY);
    if (personal(req.getRequestURI().substring(req.getContextPath().length()))) {
      res.setHeader("Cache-Control", "no-store");
    }
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(req, res);
  }

  /** API answers and the pages; not the pages' scripts, styles and images. */
  static boolean personal(String path) {
    return path.startsWith("/api/")
        || (path.startsWith("/app/") && !path.contains(".faces.resource/"));
  }
}
