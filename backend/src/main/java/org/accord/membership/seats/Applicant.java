package org.accord.membership.seats;

import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

/**
 * An applicant for a seat. {@code rank} 1 is best (merit order). Ties in rank are broken by {@code id}
 * (ascending, {@link String#compareTo}), so the merit order is always total and reproducible.
 */
public record Applicant(String id, int rank, Set<String> attributes) {

    /** Merit order: rank ascending, then id ascending. */
    public static final Comparator<Applicant> MERIT_ORDER =
            Comparator.comparingInt(Applicant::rank).thenComparing(Applicant::id);

    public Applicant {
        Objects.requireNonNull(id, "applicant id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("applicant id must not be blank");
        }
        attributes = attributes == null ? Set.of() : Set.copyOf(attributes);
    }

    public Applicant(String id, int rank, String... attributes) {
        this(id, rank, Set.of(attributes));
    }

    public boolean holds(String attribute) {
        return attributes.contains(attribute);
    }
}
