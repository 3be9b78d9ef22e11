package org.accord.crosswalk.oscal;

import java.util.ArrayList;
import java.util.List;

/** Itemised import errors are for people: the first {@value #MAX} say enough. */
final class Details {
    static final int MAX = 20;

    private Details() {
    }

    static List<String> capped(List<String> details) {
        if (details.size() <= MAX) {
            return List.copyOf(details);
        }
        List<String> capped = new ArrayList<>(details.subList(0, MAX));
        capped.add("… and " + (details.size() - MAX) + " more");
        return capped;
    }
}
