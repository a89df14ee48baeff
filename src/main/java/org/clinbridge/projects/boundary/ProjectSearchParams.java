package org.clinbridge.projects.boundary;

import java.util.List;
import java.util.UUID;

/**
 * What a project search names: the filters and order the list and the CSV export read from the
 * query, and the projects page fills in, in one value so the two cannot drift apart. Checked by
 * {@link ProjectQueries#filter}. Not a {@code @BeanParam}: Payara's OpenAPI scanner fails on the
 * parameter descriptions of a bean's fields, so the resource methods still spell out their query
 * parameters (for the document) and build this.
 */
public record ProjectSearchParams(
    List<String> stage,
    List<String> status,
    List<String> category,
    List<String> subcatalogue,
    List<String> deviceClass,
    Integer trlMin,
    Integer trlMax,
    String manager,
    String owner,
    String q,
    String sort) {

  /** The projects page's search: its filters, never a manager or owner of its own choosing. */
  public static ProjectSearchParams page(
      List<String> stage,
      List<String> status,
      List<String> category,
      List<String> subcatalogue,
      List<String> deviceClass,
      Integer trlMin,
      Integer trlMax,
      String q,
      String sort) {
    return new ProjectSearchParams(
        stage, status, category, subcatalogue, deviceClass, trlMin, trlMax, null, null, q, sort);
  }

  /**
   * An organisation's own projects in {@code sort} order (a start-up choosing what to apply with).
   */
  public static ProjectSearchParams ownedBy(UUID organisation, String sort) {
    return new ProjectSearchParams(
        null, null, null, null, null, null, null, null, organisation.toString(), null, sort);
  }
}
