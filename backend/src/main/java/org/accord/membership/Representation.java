package org.accord.membership;

import org.accord.shared.security.WorkingGroupRole;

import java.util.Set;

/** A member's standing in one working group: the organisation they speak for (if any), lead or not, roles. */
public record Representation(OrganisationSummary organisation, boolean lead, Set<WorkingGroupRole> roles) {
}
