package org.clinbridge.projects.control;

import java.util.Set;
import java.util.UUID;
import org.clinbridge.projects.entity.ProjectCategory;
import org.clinbridge.projects.entity.ProjectStatus;
import org.clinbridge.projects.entity.Stage;
import org.clinbridge.reference.entity.DeviceClass;

/**
 * What a project list is narrowed to. Empty sets and nulls mean "any". Several values of one filter
 * are alternatives; different filters all apply.
 *
 * @param ownerRef the owner's internal key, resolved from its public id by the boundary
 * @param text free text in Chinese or English, matched anywhere in code, titles, summaries and
 *     source institution
 */
public record ProjectFilter(
    Set<Stage> stages,
    Set<ProjectStatus> statuses,
    Set<ProjectCategory> categories,
    Set<String> subcatalogues,
    Set<DeviceClass> classes,
    Integer trlMin,
    Integer trlMax,
    UUID manager,
    Long ownerRef,
    String text) {

  public static final int MAX_TEXT = 100;

  public ProjectFilter {
    stages = Set.copyOf(stages);
    statuses = Set.copyOf(statuses);
    categories = Set.copyOf(categories);
    subcatalogues = Set.copyOf(subcatalogues);
    classes = Set.copyOf(classes);
    text = text == null || text.isBlank() ? null : text.strip().toLowerCase(java.util.Locale.ROOT);
  }

  public static ProjectFilter none() {
    return new ProjectFilter(
        Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, null);
  }
}
