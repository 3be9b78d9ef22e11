package org.accord.notification.internal;

import org.accord.balloting.BallotService;
import org.accord.membership.MembershipService;
import org.accord.membership.WorkingGroupSummary;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.stereotype.Component;

import java.util.*;

/** Resolves an {@link Audience} to people through the owning modules' public services, as the system. */
@Component
public class Directory {

    static final Set<WorkingGroupRole> MAY_COMMENT = EnumSet.of(WorkingGroupRole.CONVENOR, WorkingGroupRole.CO_CONVENOR,
            WorkingGroupRole.EDITOR, WorkingGroupRole.DELEGATE, WorkingGroupRole.COMMENTER);

    private final BallotService ballots;
    private final MembershipService membership;

    Directory(BallotService ballots, MembershipService membership) {
        this.ballots = ballots;
        this.membership = membership;
    }

    public Set<UUID> resolve(Audience a) {
        return SystemActor.call("notifications", () -> {
            try {
                return switch (a.kind()) {
                    case USERS -> new LinkedHashSet<>(a.users());
                    case BALLOT_VOTERS -> new LinkedHashSet<>(ballots.voterIds(UUID.fromString(a.ref()), false));
                    case BALLOT_VOTERS_WITHOUT_VOTE -> new LinkedHashSet<>(ballots.voterIds(UUID.fromString(a.ref()), true));
                    case WORKING_GROUP_COMMENTERS -> new LinkedHashSet<>(membership.memberIds(UUID.fromString(a.ref()), MAY_COMMENT));
                    case COMMITTEE_MEMBERS -> {
                        Set<UUID> out = new LinkedHashSet<>();
                        for (WorkingGroupSummary wg : membership.workingGroups()) {
                            if (wg.committeeReference().equals(a.ref())) {
                                out.addAll(membership.memberIds(wg.id(), EnumSet.allOf(WorkingGroupRole.class)));
                            }
                        }
                        yield out;
                    }
                };
            } catch (NotFoundException e) {
                return Set.of(); // the ballot or group is gone: nobody to tell
            }
        });
    }
}
