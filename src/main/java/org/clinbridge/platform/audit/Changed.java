package org.clinbridge.platform.audit;

import java.util.Map;

/**
 * A change to a record, fired as a CDI event by the use case that made it, inside its transaction.
 * The audit trail observes it synchronously and appends an entry in the same transaction, so a
 * change and its audit entry commit or roll back together. Who, when and the request id are taken
 * from the request by the trail itself.
 *
 * @param entity the kind of record, e.g. {@code organisation}, {@code project}
 * @param publicId the record's public id (UUID or business key)
 * @param action what happened, e.g. {@code created}, {@code updated}, {@code stage-advanced},
 *     {@code voided}
 * @param before field values before the change (empty for a creation)
 * @param after field values after the change (empty for a deletion-like void)
 * @param reason why, where the action asks for one; otherwise {@code null}
 * @param organisationRef internal key of the organisation that owns the record, so that the trail
 *     is shown only to those who may see the record; {@code null} for district-wide records
 */
public record Changed(
    String entity,
    String publicId,
    String action,
    Map<String, Object> before,
    Map<String, Object> after,
    String reason,
    Long organisationRef) {}
