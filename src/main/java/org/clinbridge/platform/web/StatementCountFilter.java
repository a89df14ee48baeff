package org.clinbridge.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clinbridge.platform.persistence.StatementCounter;

/**
 * Starts each request's statement count afresh once the previous request on the thread is done:
 * resetting at the end, not the start, keeps the statements run while the caller was signed in,
 * which happens before any filter.
 */
@WebFilter(filterName = "statementCount", urlPatterns = "/*", asyncSupported = true)
public class StatementCountFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(req, res);
    } finally {
      StatementCounter.reset();
    }
  }
}
