package org.clinbridge.projects.control;

/**
 * The columns of table {@code project} that another area's native SQL relies on, named by the area
 * that owns the table: a rename or a change of meaning here is seen by the compiler in every query
 * that uses them, not discovered at run time. Today the scenes' matcher ranks projects in SQL by
 * these; JPQL users need none of this, they go through {@code Project}.
 */
public final class ProjectColumns {
  private ProjectColumns() {}

  public static final String TABLE = "project";
  public static final String ID = "id";
  public static final String CODE = "code";
  public static final String TRL = "trl";
  public static final String SUBCATALOGUE = "subcatalogue_code";
  public static final String EXPECTED_CLASS = "expected_class";

  /**
   * A project hospitals and matching may be shown: its owner consented to be found, and it is
   * active (not on hold, terminated or graduated): {@code Project.findable()} and {@code
   * ProjectStatus.ACTIVE}, for SQL over {@code alias}.
   */
  public static String offeredToHospitals(String alias) {
    return alias + ".findable = true and " + alias + ".status = 'ACTIVE'";
  }
}
