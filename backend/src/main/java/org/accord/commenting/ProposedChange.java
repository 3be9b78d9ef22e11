package org.accord.commenting;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

import java.util.LinkedList;

/**
 * Applies a comment's proposed change — a replacement for the anchored passage — to the current
 * text as a diff-match-patch patch, so it still applies after nearby edits. If it no longer
 * applies, the result says where the passage was expected.
 */
public final class ProposedChange {

    public sealed interface Outcome permits Applied, NotApplicable {
    }

    public record Applied(String text) implements Outcome {
    }

    public record NotApplicable(int expectedAt, String reason) implements Outcome {
    }

    private ProposedChange() {
    }

    public static Outcome apply(String currentText, TextAnchor anchor, String replacement) {
        // The quoted words still there (where they were or moved by edits around them): replace exactly those.
        // A patch alone can land on a repeat of the passage when the text repeats itself (found by a property test).
        AnchorLocator.Result located = AnchorLocator.locate(anchor, currentText);
        if (located.status() != AnchorLocator.Status.OUTDATED && located.anchor().quote().equals(anchor.quote())) {
            TextAnchor at = located.anchor();
            return new Applied(currentText.substring(0, at.start()) + replacement + currentText.substring(at.end()));
        }
        String before = anchor.prefix() + anchor.quote() + anchor.suffix();
        String after = anchor.prefix() + replacement + anchor.suffix();
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.matchDistance = 2000;
        LinkedList<DiffMatchPatch.Patch> patches = dmp.patchMake(before, after);
        // Patches are positioned relative to the context string; move them to where it stood.
        int offset = Math.max(0, anchor.start() - anchor.prefix().length());
        for (DiffMatchPatch.Patch p : patches) {
            p.start1 += offset;
            p.start2 += offset;
        }
        Object[] result = dmp.patchApply(patches, currentText);
        for (boolean ok : (boolean[]) result[1]) {
            if (!ok) {
                int expected = located.status() == AnchorLocator.Status.OUTDATED ? anchor.start() : located.anchor().start();
                return new NotApplicable(Math.min(expected, currentText.length()),
                        "The quoted passage “" + shorten(anchor.quote()) + "” is no longer in the text near character "
                                + expected + "; it was changed since the comment was made.");
            }
        }
        return new Applied((String) result[0]);
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }
}
