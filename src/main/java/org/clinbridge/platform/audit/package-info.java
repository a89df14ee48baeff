/**
 * The audit trail: every change to a record, who made it, from which organisation, when, what
 * changed and why, with the request id. Business code fires {@link
 * org.clinbridge.platform.audit.Changed} in its transaction; {@code control.AuditTrail} appends an
 * entry in the same transaction. Entries are append-only (PostgreSQL refuses UPDATE, DELETE and
 * TRUNCATE) and hash-chained, so {@code GET /api/audit/verify} can prove nothing was altered or
 * removed.
 */
package org.clinbridge.platform.audit;
