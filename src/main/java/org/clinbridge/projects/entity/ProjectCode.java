package org.clinbridge.projects.entity;

/**
 * The readable project code, {@code P-<year>-<number>}, e.g. {@code P-2026-000123}. The number
 * comes from a database sequence, so codes are unique across instances sharing the database without
 * any lock; the year is the year of registration.
 */
public final class ProjectCode {
  public static final String PATTERN = "P-\\d{4}-\\d{6,}";

  private ProjectCode() {}

  public static String of(int year, long number) {
    if (number < 1) {
      throw new IllegalArgumentException("A project number is positive");
    }
    return String.format("P-%04d-%06d", year, number);
  }
}
