/**
 * ClinBridge: carries biomedical research from the lab to the clinic.
 *
 * <p>Code is packaged by business area ({@code reference}, later {@code organisations}, {@code
 * projects}, {@code scenes}, {@code licensing}, {@code consultation}), each split into {@code
 * boundary} (HTTP resources and their wire records), {@code control} (queries and rules without
 * HTTP) and {@code entity} (JPA entities, enums, value objects, domain exceptions). What is not
 * business lives in {@code platform}.
 */
package org.clinbridge;
