package org.accord.crosswalk.oscal;

import org.accord.shared.Problem;
import java.util.ArrayList;
import java.util.List;

/** Itemised import errors are for people: the first {@value #MAX} say enough. */
final class Details {
    static final int MAX = 20;

    private Details() {
    }

    static List<Object> capped(List<?> details) {
        if (details.size() <= MAX) {
            return List.copyOf(details);
        }
        List<Object> capped = new ArrayList<>(details.subList(0, MAX));
        capped.add(Problem.of("crosswalk.details.more", details.size() - MAX));
        return capped;
    }
}
