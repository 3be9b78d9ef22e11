package org.accord.balloting.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A share evaluated in every chamber separately; passes only if it passes in each (and there is a chamber). */
record ChamberShareCriterion(String name, Kind kind, String countedLabel, Counted counted, Base base,
        Measure measure, Comparison comparison, Ratio threshold) implements Criterion {

    ChamberShareCriterion {
        Objects.requireNonNull(name, "name");
        Criterion.requireThreshold(threshold, "threshold of '" + name + "'");
    }

    @Override
    public CriterionResult evaluate(Tabulation tab) {
        List<String> chambers = tab.chambers();
        if (chambers.isEmpty()) {
            return new CriterionResult(name, kind, false, null, null, comparison, threshold,
                    "no chambers: no voter belongs to a chamber — fails", null);
        }
        List<CriterionResult> parts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        boolean all = true;
        for (String chamber : chambers) {
            CriterionResult part = new ShareCriterion(name + " [" + chamber + "]", kind, countedLabel, counted, base,
                    VoterScope.chamber(chamber), measure, comparison, threshold).evaluate(tab);
            parts.add(part);
            texts.add(part.text());
            all &= part.passed();
        }
        return new CriterionResult(name, kind, all, null, null, comparison, threshold, String.join("; ", texts),
                parts);
    }
}
