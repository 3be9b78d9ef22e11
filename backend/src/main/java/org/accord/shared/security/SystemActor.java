package org.accord.shared.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Runs trusted start-up work (seed loading, migrations of content) through the same guarded
 * services a person uses, as a named system actor with staff rights.
 */
public final class SystemActor {

    /** Recorded as "who" for work the system does (seed data, closing ballots on time): the nil UUID. */
    public static final java.util.UUID ID = new java.util.UUID(0, 0);

    private SystemActor() {
    }

    public static <T> T call(String purpose, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:" + purpose, null,
                AuthorityUtils.createAuthorityList(PlatformRole.ADMIN.authority(), PlatformRole.SECRETARIAT.authority())));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String purpose, Runnable work) {
        call(purpose, () -> {
            work.run();
            return null;
        });
    }
}
