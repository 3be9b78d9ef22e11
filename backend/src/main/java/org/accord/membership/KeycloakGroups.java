package org.accord.membership;

import org.accord.shared.security.WorkingGroupRole;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The documented mapping from identity-provider groups to working-group roles: {@code /wg/<working group>/<role>},
 * e.g. {@code /wg/1/delegates} is a delegate in working group "WG 1". The working group is matched by its code
 * ignoring case, spaces and punctuation and a leading "WG" ("1", "wg1" and "WG 1" are the same); the role is the
 * plural of a working-group role: convenors, co-convenors, editors, delegates, commenters, observers. Other groups
 * are ignored.
 */
public final class KeycloakGroups {

    private static final Map<String, WorkingGroupRole> ROLES = Map.of(
            "convenors", WorkingGroupRole.CONVENOR, "co-convenors", WorkingGroupRole.CO_CONVENOR,
            "editors", WorkingGroupRole.EDITOR, "delegates", WorkingGroupRole.DELEGATE,
            "commenters", WorkingGroupRole.COMMENTER, "observers", WorkingGroupRole.OBSERVER);

    /** A group that grants a role: the working group's normalised key and the role. */
    public record Grant(String workingGroupKey, WorkingGroupRole role) {
    }

    private KeycloakGroups() {
    }

    public static Optional<Grant> parse(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String[] parts = path.strip().replaceAll("^/+|/+$", "").split("/");
        if (parts.length != 3 || !parts[0].equalsIgnoreCase("wg")) {
            return Optional.empty();
        }
        WorkingGroupRole role = ROLES.get(parts[2].toLowerCase(Locale.ROOT));
        String key = key(parts[1]);
        return role == null || key.isEmpty() ? Optional.empty() : Optional.of(new Grant(key, role));
    }

    public static Set<Grant> parseAll(List<String> paths) {
        Set<Grant> out = new LinkedHashSet<>();
        paths.forEach(p -> parse(p).ifPresent(out::add));
        return out;
    }

    /** "WG 1", "wg1", "1" → "1"; "WG AI-Risk" → "airisk". */
    public static String key(String workingGroupCode) {
        String k = workingGroupCode.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return k.startsWith("wg") && k.length() > 2 ? k.substring(2) : k;
    }
}
