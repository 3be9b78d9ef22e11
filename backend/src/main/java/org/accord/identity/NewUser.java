package org.accord.identity;

import org.accord.shared.security.PlatformRole;

import java.util.Set;

/** What it takes to open a local account. The password arrives in clear and is hashed at once. */
public record NewUser(String username, String displayName, String email, String password, Set<PlatformRole> platformRoles) {
}
