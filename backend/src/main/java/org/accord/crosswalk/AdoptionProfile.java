package org.accord.crosswalk;

import java.util.List;

/**
 * A national adoption profile: for each requirement clause, whether the jurisdiction adopts, adapts or omits it.
 * Undecided clauses carry a null decision; {@code deviations} counts the recorded deviations that suggest "adapt".
 */
public record AdoptionProfile(String jurisdiction, List<Line> lines) {

    public record Line(ClauseRef clause, AdoptionDecision decision, String note, int deviations) {
    }
}
