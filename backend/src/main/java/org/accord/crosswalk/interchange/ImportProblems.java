package org.accord.crosswalk.interchange;

import org.accord.shared.Problem;
import org.accord.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a file so the user can fix them all in one go; nothing is imported if there is one. */
final class ImportProblems {
    /** Enough to see the pattern; a file with thousands of bad rows is usually one systematic mistake. */
    static final int LISTED = 50;

    private final List<Problem> details = new ArrayList<>();
    private int count;

    /** {@code problem} is a {@link Problem}, or a string when the words are not ours (a parser's). */
    void add(String source, Object problem) {
        count++;
        if (details.size() < LISTED) {
            details.add(Problem.of("crosswalk.import.at", source, problem));
        }
    }

    boolean any() {
        return count > 0;
    }

    void throwIfAny() {
        if (count == 0) {
            return;
        }
        List<Problem> listed = new ArrayList<>(details);
        if (count > LISTED) {
            listed.add(Problem.of("crosswalk.import.more", count - LISTED));
        }
        throw new InvalidInputException(Problem.of("crosswalk.import.problems", count), listed);
    }
}
