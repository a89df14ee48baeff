package org.clinbridge.funding.entity;

import java.math.BigDecimal;
import org.clinbridge.projects.entity.Milestone;

/** One tranche as asked for in an award: the milestone it waits for and its amount. */
public record TranchePlan(Milestone milestone, BigDecimal amount) {}
