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
 * Keeps a linked person's memberships in step with their identity-provider groups at every applied token: adds the
 * missing ones and removes those whose group is gone. A membership the groups confirm belongs to the provider from then
 * on, whoever gave it (the seed, a convenor, a seat allocation). At linking, memberships the groups do not confirm end
 * too: the provider speaks for the person from then on. Memberships given in the app after linking and not (yet)
 * confirmed by a group are left alone.
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
    public void syncGroups(UUID userId, Collection<String> groupPaths, boolean linking) {
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
            boolean confirmed = wanted.containsKey(m.getWorkingGroup().getId() + "|" + m.getRole());
            if (confirmed && !m.isGrantedBySingleSignOn()) {
                m.takeOverBySingleSignOn();
                memberships.save(m);
            } else if (!confirmed && (m.isGrantedBySingleSignOn() || linking)) {
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
