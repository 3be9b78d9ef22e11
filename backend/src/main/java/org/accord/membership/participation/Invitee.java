package org.accord.membership.participation;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A person entitled to take part in one round: a voter on the roll of a ballot, or a member whose role may comment in
 * a comment period.
 *
 * @param organisation   name of the organisation they speak for, or {@code null} for an individual
 * @param country        ISO 3166-1 alpha-2 code, or {@code null} when not known (no organisation, no seat application)
 * @param groups         stakeholder group codes they count for: none, one, or several (an Indigenous-led civil-society
 *                       organisation counts for both)
 * @param globalMajority whether the country is Global Majority; {@code null} when the country is not known
 */
public record Invitee(UUID userId, String name, String organisation, String country, Set<String> groups,
                      Boolean globalMajority) {

    public Invitee {
        Objects.requireNonNull(userId, "userId");
        // Sorted so reports and CSV list a person's groups in the same order on every run.
        groups = groups == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(groups));
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (country == null) {
            globalMajority = null;
        }
    }

    /**
     * From quota attribute codes as ballot rolls snapshot them ({@code group:SME}, {@code country:KE},
     * {@code global-majority}, {@code region:…}).
     */
    public static Invitee fromAttributes(UUID userId, String name, String organisation, Collection<String> attributes) {
        Set<String> groups = new TreeSet<>();
        String country = null;
        boolean gm = false;
        for (String a : attributes == null ? Set.<String>of() : attributes) {
            if (a.startsWith("group:")) {
                groups.add(a.substring(6));
            } else if (a.startsWith("country:") && !a.equals("country:*")) {
                country = a.substring(8);
            } else if (a.equals("global-majority")) {
                gm = true;
            }
        }
        return new Invitee(userId, name, organisation, country, groups, country == null ? null : gm);
    }
}
