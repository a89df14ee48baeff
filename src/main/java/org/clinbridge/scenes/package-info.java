/**
 * Scene openings: clinical-trial and application scenarios a hospital opens to start-ups. Owns the
 * scene (what it offers and accepts, its sites, capacity and window), its two status axes
 * (publication, and progress as a dated history per site), the FHIR R4 ResearchStudy export, and
 * the import of existing studies from ClinicalTrials.gov and the WHO ICTRP as draft scenes.
 */
package org.clinbridge.scenes;
