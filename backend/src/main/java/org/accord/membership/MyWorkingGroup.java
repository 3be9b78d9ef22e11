package org.accord.membership;

import org.accord.shared.security.WorkingGroupRole;

/** A working group seen from one member: which role they hold there and for whom. */
public record MyWorkingGroup(WorkingGroupSummary workingGroup, WorkingGroupRole role, String organisationName) {
}
