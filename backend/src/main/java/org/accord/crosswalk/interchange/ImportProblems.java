package org.accord.crosswalk.interchange;

import org.accord.shared.Problem;
import org.accord.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a file so the user can fix them all in one go; nothing is imported if there is one. */
final class ImportProblems {
    /** Enough to see the pattern; a file with thousands of bad rows is usually one systematic mistake. */
    static final int LISTED = 50;

    private final List<String> details = new ArrayList<>();
    private int count;

    void add(String source, String problem) {
        count++;
        if (details.size() < LISTED) {
            details.add(source + ": " + problem);
        }
    }

    boolean any() {
        return count > 0;
    }

    void throwIfAny() {
        if (count == 0) {
            return;
        }
        List<String> listed = new ArrayList<>(details);
        if (count > LISTED) {
            listed.add("… and " + (count - LISTED) + " more.");
        }
        throw new InvalidInputException(Problem.of("crosswalk.import.problems", count), listed);
    }
}
