/**
 * Biomedical projects and their incubation: the project record (owner, category, NMPA
 * sub-catalogue, expected device class, TRL with its history), the stage lifecycle LAB_RESEARCH ->
 * PROOF_OF_CONCEPT -> PILOT_MATURATION -> APPLICATION behind stage gates kept as data, the dated
 * timeline of every move, milestones with their go / no-go reviews, finding and exporting projects,
 * and who may see which project. The proof-of-concept fund ({@code funding}), technology contracts
 * ({@code contracts}) and patents ({@code ip}) build on it.
 *
 * <p>Other areas use {@link org.clinbridge.projects.entity.Project} through its read accessors
 * (owner, category, sub-catalogue code, expected class, TRL, stage, status, {@code findable}) and
 * load projects a caller may see through {@link org.clinbridge.projects.control.ProjectAccess}.
 */
package org.clinbridge.projects;
