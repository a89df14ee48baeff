package org.clinbridge.platform.openapi;

/**
 * Extensions a resource puts on its success {@code @APIResponse} when the body is not one object:
 * MicroProfile OpenAPI cannot name a generic type such as {@code Page<ProjectSummaryView>}, so the
 * response names its element schema by {@code ref} and one of these, and {@link DocumentFilter}
 * wraps it (a page of them, or an array of them) before the document is served.
 */
public final class Documented {
  /** The body is a keyset page ({@code items} and {@code next}) of the referenced schema. */
  public static final String PAGE = "x-clinbridge-page";

  /** The body is a JSON array of the referenced schema. */
  public static final String LIST = "x-clinbridge-list";

  private Documented() {}
}
