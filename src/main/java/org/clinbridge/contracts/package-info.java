/**
 * Technology contracts (技术合同) of a project and their registration (认定登记): the contract's type,
 * parties, amount and signing date, and the workflow DRAFT -> SUBMITTED -> UNDER_REVIEW ->
 * REGISTERED (registration number, certified technical income) or NOT_REGISTERED (with a reason),
 * with the review deadline tracked from the day the review starts.
 */
package org.clinbridge.contracts;
