package org.accord.drafting;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;

/**
 * Merges two edits of the same base text. Each side's changes are located as word ranges of the
 * base; if no range of one side overlaps or adjoins (only a space between) a range of the other,
 * the second editor's change is applied to the first editor's text with diff-match-patch patches.
 * Otherwise it is a conflict for a person to resolve: nothing is guessed.
 */
public final class ThreeWayMerge {

    public sealed interface Result permits Merged, Conflict {
    }

    public record Merged(String text) implements Result {
    }

    public record Conflict(String theirs, String mine) implements Result {
    }

    private record Range(int start, int end) {
        boolean touches(Range o) {
            // One token of slack: edits to neighbouring words, or two insertions at one point, conflict.
            return start <= o.end + 1 && o.start <= end + 1;
        }
    }

    private ThreeWayMerge() {
    }

    public static Result merge(String base, String theirs, String mine) {
        if (theirs.equals(mine) || mine.equals(base)) {
            return new Merged(theirs);
        }
        if (theirs.equals(base)) {
            return new Merged(mine);
        }
        DiffMatchPatch dmp = new DiffMatchPatch();
        String[] tokens = WordDiff.encodeAll(base, theirs, mine);
        List<Range> theirRanges = changedRanges(dmp.diffMain(tokens[0], tokens[1], false));
        for (Range mineRange : changedRanges(dmp.diffMain(tokens[0], tokens[2], false))) {
            for (Range theirRange : theirRanges) {
                if (mineRange.touches(theirRange)) {
                    return new Conflict(theirs, mine);
                }
            }
        }
        LinkedList<DiffMatchPatch.Patch> patches = dmp.patchMake(base, diff(dmp, base, mine));
        Object[] applied = dmp.patchApply(patches, theirs);
        for (boolean ok : (boolean[]) applied[1]) {
            if (!ok) {
                return new Conflict(theirs, mine);
            }
        }
        return new Merged((String) applied[0]);
    }

    private static LinkedList<DiffMatchPatch.Diff> diff(DiffMatchPatch dmp, String a, String b) {
        LinkedList<DiffMatchPatch.Diff> diffs = dmp.diffMain(a, b, false);
        dmp.diffCleanupSemantic(diffs);
        return diffs;
    }

    /** Ranges of base tokens that one side deleted, replaced or inserted at. */
    private static List<Range> changedRanges(List<DiffMatchPatch.Diff> diffs) {
        List<Range> ranges = new ArrayList<>();
        int pos = 0;
        for (DiffMatchPatch.Diff d : diffs) {
            switch (d.operation) {
                case EQUAL -> pos += d.text.length();
                case DELETE -> {
                    ranges.add(new Range(pos, pos + d.text.length()));
                    pos += d.text.length();
                }
                case INSERT -> ranges.add(new Range(pos, pos));
            }
        }
        return ranges;
    }

    public static Optional<String> mergedText(Result r) {
        return r instanceof Merged m ? Optional.of(m.text()) : Optional.empty();
    }
}
