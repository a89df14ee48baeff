package org.clinbridge.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Gives every request, API or page, an id before anything else runs. */
@WebFilter(filterName = "requestId", urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestId.accept(req.getHeader(RequestId.HEADER));
    RequestId.set(id);
    req.setAttribute(RequestId.HEADER, id);
    res.setHeader(RequestId.HEADER, id);
    try {
      chain.doFilter(req, res);
    } finally {
      RequestId.clear();
    }
  }
}
