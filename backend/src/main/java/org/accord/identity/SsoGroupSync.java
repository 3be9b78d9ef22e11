package org.accord.identity;

import java.util.Collection;
import java.util.UUID;

/**
 * Lets the module that owns working groups turn identity-provider groups into memberships at each single sign-on, so
 * identity never depends on it. Paths are full group paths such as {@code /wg/1/delegates}.
 */
public interface SsoGroupSync {
    void syncGroups(UUID userId, Collection<String> groupPaths);
}
