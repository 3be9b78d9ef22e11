package org.accord.identity;

import java.util.Collection;
import java.util.UUID;

/**
 * Lets the module that owns working groups turn identity-provider groups into memberships at each single sign-on, so
 * identity never depends on it. Paths are full group paths such as {@code /wg/1/delegates}.
 */
public interface SsoGroupSync {

    /**
     * @param linking true at the sign-in that links (or creates) the account: from then on the provider speaks for
     *                this person, so memberships held before that the groups do not confirm end too
     */
    void syncGroups(UUID userId, Collection<String> groupPaths, boolean linking);
}
