package org.accord.identity;

import java.util.Collection;
import java.util.UUID;

/**
 * Lets other modules add authorities at sign-in (membership adds one per working-group role),
 * so identity never depends on them.
 */
public interface AuthorityContributor {
    Collection<String> authoritiesFor(UUID userId);
}
