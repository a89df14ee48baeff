package org.clinbridge.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Puts the request id into every log line written while a request is served, by the application or
 * by the server on its behalf. The server logs through java.util.logging, which has no mapped
 * diagnostic context, so a filter on the root handlers prefixes the message; it runs on the logging
 * thread, before any asynchronous handler queues the record. Removed on undeploy.
 */
@WebListener
public class RequestIdLogging implements ServletContextListener {
  private final List<Handler> decorated = new ArrayList<>();

  @Override
  public void contextInitialized(ServletContextEvent sce) {
    for (Handler h : Logger.getLogger("").getHandlers()) {
      h.setFilter(new Prefixing(h.getFilter()));
      decorated.add(h);
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent sce) {
    for (Handler h : decorated) {
      if (h.getFilter() instanceof Prefixing p) {
        h.setFilter(p.delegate);
      }
    }
    decorated.clear();
  }

  static final class Prefixing implements Filter {
    final Filter delegate;

    Prefixing(Filter delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
      if (delegate != null && !delegate.isLoggable(record)) {
        return false;
      }
      String id = RequestId.current();
      String message = record.getMessage();
      if (id != null && message != null && !message.startsWith("[request ")) {
        record.setMessage("[request " + id + "] " + message);
      }
      return true;
    }
  }
}
