package org.clinbridge.projects.entity;

/**
 * A milestone's review was recorded (its latest decision is the one given): areas whose money hangs
 * on the decision (the fund's tranches) act on it in the same transaction, and may refuse it by
 * throwing. Fired after the review, before the transaction commits.
 */
public record MilestoneReviewed(Milestone milestone, ReviewDecision decision) {}
