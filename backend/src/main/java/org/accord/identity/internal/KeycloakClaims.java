package org.accord.identity.internal;

import org.accord.shared.security.PlatformRole;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;
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

    /** Whether the provider vouches for the address: only then may it link an existing local account. */
    public boolean emailVerified() {
        Object v = claims.get("email_verified");
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
    }

    /**
     * When the provider took this snapshot of the person (the token's {@code iat}, else {@code auth_time}), in whole
     * seconds as the claims carry it; null when the claims say neither.
     */
    public Instant issuedAt() {
        Instant at = instant(claims.get("iat"));
        return at != null ? at : instant(claims.get("auth_time"));
    }

    /** A digest of everything a sign-in applies to the account, to tell whether a token brings anything new. */
    public String digest() {
        String text = String.join("\n", String.valueOf(username()), String.valueOf(displayName()), String.valueOf(email()),
                new TreeSet<>(platformRoles()).toString(), new TreeSet<>(groups()).toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object v) {
        Instant at = switch (v) {
            case Instant i -> i;
            case java.util.Date d -> d.toInstant();
            case Number n -> Instant.ofEpochSecond(n.longValue());
            case String s when s.matches("\\d+") -> Instant.ofEpochSecond(Long.parseLong(s));
            case null, default -> null;
        };
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
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
