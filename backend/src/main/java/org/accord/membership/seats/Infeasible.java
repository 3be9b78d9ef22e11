package org.accord.membership.seats;

import java.util.List;

/** No roster meets every quota: the conflicts in words and the smallest relaxation that makes one possible. */
public record Infeasible(List<String> conflicts, List<Relaxation> smallestRelaxation) implements Result {
    public Infeasible {
        conflicts = List.copyOf(conflicts);
        smallestRelaxation = List.copyOf(smallestRelaxation);
    }
}
