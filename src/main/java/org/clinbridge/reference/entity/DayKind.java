package org.clinbridge.reference.entity;

/**
 * What a notice on public holidays says of a date. Dates it does not name follow the week.
 *
 * <ul>
 *   <li>{@code HOLIDAY}: a day off, weekends inside a holiday included;
 *   <li>{@code WORKDAY}: a weekend day that is worked (调休上班).
 * </ul>
 */
public enum DayKind {
  HOLIDAY,
  WORKDAY
}
