package org.clinbridge.notifications.boundary;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the API address a notification names ({@code /api/applications/<id>}) into the page that
 * shows the same record ({@code /app/application.xhtml?id=<id>}), so the inbox page links to the
 * record rather than to JSON. An address with no page answers null: the message is shown unlinked.
 */
public final class InboxLinks {
  private static final Pattern RECORD =
      Pattern.compile("/api/([a-z-]+)/([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})");

  /** API collection to page, for the records notifications are about. */
  private static final Map<String, String> PAGES =
      Map.of(
          "applications", "/app/application.xhtml",
          "scenes", "/app/scene.xhtml",
          "projects", "/app/project.xhtml",
          "contracts", "/app/contract.xhtml");

  private InboxLinks() {}

  public static String page(String apiLink) {
    if (apiLink == null) {
      return null;
    }
    Matcher m = RECORD.matcher(apiLink.strip());
    if (!m.matches()) {
      return null;
    }
    String page = PAGES.get(m.group(1));
    return page == null ? null : page + "?id=" + m.group(2);
  }
}
