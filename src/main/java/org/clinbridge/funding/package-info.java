/**
 * The proof-of-concept fund: pools with a total and a period, grants to projects paid in tranches
 * tied to milestones, and the pool's ledger (committed, released, free). The committed sum never
 * exceeds the pool, also across instances: the ledger reserves money with one conditional UPDATE in
 * the database ({@link org.clinbridge.funding.control.FundLedger}), not with a lock in the JVM.
 */
package org.clinbridge.funding;
