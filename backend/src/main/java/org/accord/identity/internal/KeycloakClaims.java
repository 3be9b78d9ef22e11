package org.accord.identity.internal;

import org.accord.shared.security.PlatformRole;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads who someone is from Keycloak token claims. Realm roles arrive in {@code roles} (the realm's mapper) or
 * Keycloak's own {@code realm_access.roles}; groups in {@code groups} as full paths. Realm roles {@code admin} and
 * {@code secretariat} are the platform roles; every other role is informative, working-group roles come from groups.
 */
public final class KeycloakClaims {

    private final Map<String, Object> claims;

    public KeycloakClaims(Map<String, Object> claims) {
        this.claims = claims == null ? Map.of() : claims;
    }

    public String subject() {
        return string("sub");
    }

    /** The user name to create or link a local account with: lower case, as local accounts are. */
    public String username() {
        String name = string("preferred_username");
        return name == null || name.isBlank() ? null : name.trim().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        String name = string("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String given = string("given_name");
        String family = string("family_name");
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        return joined.isEmpty() ? username() : joined;
    }

    public String email() {
        return string("email");
    }

    public Set<String> realmRoles() {
        Set<String> roles = new LinkedHashSet<>(strings(claims.get("roles")));
        if (claims.get("realm_access") instanceof Map<?, ?> access) {
            roles.addAll(strings(access.get("roles")));
        }
        return roles;
    }

    public Set<PlatformRole> platformRoles() {
        Set<PlatformRole> out = EnumSet.noneOf(PlatformRole.class);
        for (String role : realmRoles()) {
            switch (role.toLowerCase(Locale.ROOT)) {
                case "admin" -> out.add(PlatformRole.ADMIN);
                case "secretariat" -> out.add(PlatformRole.SECRETARIAT);
                default -> { /* working-group roles come from groups */ }
            }
        }
        return out;
    }

    public List<String> groups() {
        return strings(claims.get("groups"));
    }

    private String string(String name) {
        Object v = claims.get(name);
        return v == null ? null : v.toString();
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
