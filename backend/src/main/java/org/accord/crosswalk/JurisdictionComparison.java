package org.accord.crosswalk;

import org.accord.crosswalk.mapping.Relationship;

import java.util.List;

/** Two jurisdictions seen through the standard: "EU AI Act Art. 9 ↔ clause 6.2 ↔ Colorado §6-1-1703". */
public record JurisdictionComparison(String left, String right, List<Row> rows) {

    public record Link(ProvisionRef provision, Relationship relationship, Integer strength) {
    }

    public record Row(ClauseRef clause, List<Link> left, List<Link> right) {
        /** Both sides regulate what this clause covers. */
        public boolean shared() {
            return !left.isEmpty() && !right.isEmpty();
        }
    }
}
