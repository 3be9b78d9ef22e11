package org.accord.shared.security;

import org.accord.shared.NotAllowedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Per-working-group permission checks, usable from {@code @PreAuthorize("@wgAccess…")} and from code.
 * Secretariat and admins see every group; everyone else only the groups they are a member of.
 */
@Component("wgAccess")
public class WorkingGroupAccess {

    public boolean canRead(UUID workingGroupId) {
        return isStaff() || hasAnyRole(workingGroupId, WorkingGroupRole.values());
    }

    public boolean hasAnyRole(UUID workingGroupId, WorkingGroupRole... roles) {
        Set<String> held = authorities();
        return Arrays.stream(roles).anyMatch(r -> held.contains(r.authorityFor(workingGroupId)));
    }

    public boolean isStaff() {
        Set<String> held = authorities();
        return held.contains(PlatformRole.SECRETARIAT.authority()) || held.contains(PlatformRole.ADMIN.authority());
    }

    public void requireRead(UUID workingGroupId) {
        if (!canRead(workingGroupId)) {
            throw new NotAllowedException("shared.not-a-member");
        }
    }

    private static Set<String> authorities() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
