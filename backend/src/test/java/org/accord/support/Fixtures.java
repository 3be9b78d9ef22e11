package org.accord.support;

import org.accord.drafting.ClauseKind;
import org.accord.drafting.DraftingService;
import org.accord.drafting.NewClause;
import org.accord.drafting.NewDraft;
import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.identity.NewUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.accord.membership.MembershipService;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Builds committees, groups, people and drafts through the public services, for tests. */
@Component
public class Fixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final IdentityService identity;
    private final MembershipService membership;
    private final DraftingService drafting;
    private final UserDetailsService users;

    Fixtures(IdentityService identity, MembershipService membership, DraftingService drafting, UserDetailsService users) {
        this.identity = identity;
        this.membership = membership;
        this.drafting = drafting;
        this.users = users;
    }

    public String unique(String prefix) {
        return prefix + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    public UUID workingGroup() {
        return SystemActor.call("test", () -> {
            UUID tc = membership.createCommittee(unique("TC"), "Test committee", null);
            return membership.createWorkingGroup(tc, "WG 1", "Test group", null);
        });
    }

    public String member(UUID workingGroupId, WorkingGroupRole role) {
        return member(workingGroupId, role, null, false);
    }

    public UUID organisation(String country) {
        String code = (country + "-T" + SEQ.incrementAndGet() + Long.toString(System.nanoTime() % 46656, 36)).toUpperCase();
        return SystemActor.call("test", () -> membership.createOrganisation(new org.accord.membership.NewOrganisation(
                code, "Org " + code,
                "CIVIL_SOCIETY", country)));
    }

    /** A member speaking for an organisation, optionally as its lead. */
    public String member(UUID workingGroupId, WorkingGroupRole role, UUID organisationId, boolean lead) {
        String name = unique("user").toLowerCase();
        SystemActor.run("test", () -> {
            UUID id = identity.createUser(new NewUser(name, "Test " + name, name + "@example.org", "accord-demo", Set.of()));
            membership.addMember(workingGroupId, id, role, organisationId);
            if (lead) {
                membership.setOrganisationLead(workingGroupId, id, true);
            }
        });
        return name;
    }

    public UUID draft(UUID workingGroupId, int clauses) {
        return SystemActor.call("test", () -> {
            UUID id = drafting.createDraft(new NewDraft(workingGroupId, unique("TEST"), "Test draft", "en", "20.20"));
            for (int i = 1; i <= clauses; i++) {
                drafting.addClause(id, null, new NewClause(ClauseKind.NORMATIVE, null, "Clause " + i, "Text " + i));
            }
            return id;
        });
    }

    /** Runs {@code work} signed in as {@code username}, with the authorities a real sign-in grants. */
    public <T> T as(String username, Supplier<T> work) {
        AccordUser user = (AccordUser) users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
