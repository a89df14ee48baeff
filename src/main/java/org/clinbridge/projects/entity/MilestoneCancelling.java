package org.clinbridge.projects.entity;

/**
 * A milestone is about to be cancelled: areas that hang on milestones (the fund's tranches) may
 * refuse it by throwing. Fired in the cancelling transaction, before the change.
 *
 * @param byStartUp whether a start-up member cancels it (not a technology manager or the district)
 */
public record MilestoneCancelling(Milestone milestone, boolean byStartUp) {}
