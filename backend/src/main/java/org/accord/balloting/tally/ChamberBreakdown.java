package org.accord.balloting.tally;

import java.util.List;

/** Counts and weights (yes / no / abstain / absent ...) of one chamber and of each of its sub-chambers. */
public record ChamberBreakdown(String chamber, Totals totals, List<SubChamber> subChambers) {

    public ChamberBreakdown {
        subChambers = List.copyOf(subChambers);
    }

    public record SubChamber(String subChamber, Totals totals) {
    }

    public Totals subChamber(String name) {
        return subChambers.stream().filter(s -> s.subChamber().equals(name)).findFirst()
                .map(SubChamber::totals).orElseThrow(() -> new IllegalArgumentException(
                        "no sub-chamber '" + name + "' in chamber " + chamber));
    }
}
