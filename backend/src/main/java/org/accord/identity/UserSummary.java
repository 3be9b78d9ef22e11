package org.accord.identity;

import org.accord.shared.security.PlatformRole;

import java.util.Set;
import java.util.UUID;

public record UserSummary(UUID id, String username, String displayName, String email, boolean enabled,
                          Set<PlatformRole> platformRoles) {
}
