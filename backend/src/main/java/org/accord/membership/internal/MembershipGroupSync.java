package org.accord.membership.internal;

import org.accord.shared.audit.AuditEntry;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.audit.AuditTrail;
import org.accord.identity.SsoGroupSync;
import org.accord.membership.KeycloakGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the memberships that identity-provider groups grant in step with those groups at every sign-in: adds the
 * missing ones, removes those whose group is gone. Memberships given in the app are left alone.
 */
@Component
class MembershipGroupSync implements SsoGroupSync {

    private static final Logger log = LoggerFactory.getLogger(MembershipGroupSync.class);

    private final Memberships memberships;
    private final WorkingGroups workingGroups;

    private final AuditTrail audit;

    MembershipGroupSync(Memberships memberships, WorkingGroups workingGroups, AuditTrail audit) {
        this.audit = audit;
        this.memberships = memberships;
        this.workingGroups = workingGroups;
    }

    @Override
    @Transactional
    public void syncGroups(UUID userId, Collection<String> groupPaths) {
        Set<KeycloakGroups.Grant> grants = KeycloakGroups.parseAll(List.copyOf(groupPaths));
        Map<String, List<WorkingGroup>> byKey = workingGroups.findAll().stream()
                .collect(Collectors.groupingBy(wg -> KeycloakGroups.key(wg.getCode())));
        Map<String, WorkingGroup> wanted = new HashMap<>(); // "wgId|ROLE" → group
        for (KeycloakGroups.Grant g : grants) {
            List<WorkingGroup> matches = byKey.getOrDefault(g.workingGroupKey(), List.of());
            if (matches.size() != 1) {
                log.warn("Group for working group '{}' ignored: {} working groups match", g.workingGroupKey(), matches.size());
                continue;
            }
            wanted.put(matches.getFirst().getId() + "|" + g.role(), matches.getFirst());
        }
        List<Membership> held = memberships.findByUserId(userId);
        Set<String> heldKeys = held.stream().map(m -> m.getWorkingGroup().getId() + "|" + m.getRole()).collect(Collectors.toSet());
        for (Membership m : held) {
            if (m.isGrantedBySingleSignOn() && !wanted.containsKey(m.getWorkingGroup().getId() + "|" + m.getRole())) {
                memberships.delete(m);
                audit.record(AuditEntry.of(AuditKind.MEMBERSHIPS_SYNCED, "user", userId, userId.toString())
                        .in(m.getWorkingGroup().getId(), null).before("role", m.getRole(), "source", "single sign-on"));
            }
        }
        wanted.forEach((key, wg) -> {
            if (!heldKeys.contains(key)) {
                Membership m = memberships.save(Membership.grantedBySingleSignOn(wg, userId,
                        org.accord.shared.security.WorkingGroupRole.valueOf(key.substring(key.indexOf('|') + 1))));
                audit.record(AuditEntry.of(AuditKind.MEMBERSHIPS_SYNCED, "user", userId, userId.toString())
                        .in(wg.getId(), null).after("role", m.getRole(), "source", "single sign-on"));
            }
        });
    }
}
