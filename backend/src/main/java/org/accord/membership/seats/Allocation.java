package org.accord.membership.seats;

import java.util.List;

/**
 * A feasible roster. {@code seats} in merit order (seat 1 = best ranked). {@code notes} says, in words, anything
 * unusual about the roster as a whole, e.g. fewer applicants than seats.
 */
public record Allocation(List<Seat> seats, List<Displacement> displaced, List<QuotaStatus> compliance,
        List<String> notes) implements Result {

    public Allocation {
        seats = List.copyOf(seats);
        displaced = List.copyOf(displaced);
        compliance = List.copyOf(compliance);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Allocation(List<Seat> seats, List<Displacement> displaced, List<QuotaStatus> compliance) {
        this(seats, displaced, compliance, List.of());
    }

    /** Ids of the seated applicants, in merit order. */
    public List<String> seatedIds() {
        return seats.stream().map(s -> s.applicant().id()).toList();
    }
}
