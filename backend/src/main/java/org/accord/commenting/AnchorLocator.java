package org.accord.commenting;

import org.accord.drafting.WordDiff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

import java.util.Optional;

/**
 * Finds an anchor again in a revised text. First the exact quote (the occurrence whose context
 * fits best, nearest the old place); then a fuzzy match of the quote's ends with
 * diff-match-patch, accepted only if the passage found is still mostly the same words. Anything
 * else is "outdated": a comment is never silently moved to some other passage.
 */
public final class AnchorLocator {

    public enum Status { EXACT, SHIFTED, OUTDATED }

    public record Result(Status status, TextAnchor anchor) {
        public static Result outdated(TextAnchor old) {
            return new Result(Status.OUTDATED, old);
        }
    }

    /** How much of the quote must survive, by words, for a fuzzy match to count. */
    static final double MIN_SIMILARITY = 0.6;

    private AnchorLocator() {
    }

    public static Result locate(TextAnchor anchor, String text) {
        String quote = anchor.quote();
        if (text.regionMatches(anchor.start(), quote, 0, quote.length())
                && contextScore(anchor, text, anchor.start()) == anchor.prefix().length() + anchor.suffix().length()) {
            return new Result(Status.EXACT, anchor);
        }
        int best = -1;
        int bestScore = -1;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            int score = contextScore(anchor, text, i) * 1000 - Math.min(999, Math.abs(i - anchor.start()));
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best >= 0) {
            TextAnchor moved = TextAnchor.of(text, best, best + quote.length());
            return new Result(best == anchor.start() ? Status.EXACT : Status.SHIFTED, moved);
        }
        return fuzzy(anchor, text).map(a -> new Result(Status.SHIFTED, a)).orElse(Result.outdated(anchor));
    }

    private static Optional<TextAnchor> fuzzy(TextAnchor anchor, String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.matchThreshold = 0.35f;
        dmp.matchDistance = 2000;
        String quote = anchor.quote();
        int bits = 32; // diff-match-patch matches patterns of at most 32 characters
        int expected = Math.min(Math.max(0, anchor.start()), text.length());
        int start = dmp.matchMain(text, quote.substring(0, Math.min(bits, quote.length())), expected);
        if (start < 0) {
            // The opening words may be what changed: find the closing words and count back.
            String tail = quote.substring(Math.max(0, quote.length() - bits));
            int tailAt = dmp.matchMain(text, tail, Math.min(text.length(), expected + quote.length() - tail.length()));
            if (tailAt < 0) {
                return Optional.empty();
            }
            start = Math.max(0, tailAt + tail.length() - quote.length());
        }
        int end;
        if (quote.length() <= bits) {
            end = Math.min(text.length(), start + quote.length());
        } else {
            String tail = quote.substring(quote.length() - bits);
            int tailAt = dmp.matchMain(text, tail, Math.min(text.length(), start + quote.length() - bits));
            end = tailAt < 0 ? Math.min(text.length(), start + quote.length()) : tailAt + tail.length();
        }
        // a fuzzy match near the end can reach past it: the pattern's missing letters were at the end
        end = Math.min(end, text.length());
        if (end <= start || end - start > quote.length() * 2 + 20) {
            return Optional.empty();
        }
        String found = text.substring(start, end);
        if (similarity(quote, found) < MIN_SIMILARITY) {
            return Optional.empty();
        }
        return Optional.of(TextAnchor.of(text, start, end));
    }

    /** Share of the longer text's characters that the word diff keeps equal. */
    static double similarity(String a, String b) {
        int equal = WordDiff.diff(a, b).stream().filter(c -> c.op() == WordDiff.Op.EQUAL).mapToInt(c -> c.text().length()).sum();
        return (double) equal / Math.max(a.length(), b.length());
    }

    private static int contextScore(TextAnchor anchor, String text, int at) {
        int score = 0;
        String prefix = anchor.prefix();
        for (int i = 1; i <= prefix.length() && at - i >= 0 && text.charAt(at - i) == prefix.charAt(prefix.length() - i); i++) {
            score++;
        }
        String suffix = anchor.suffix();
        int end = at + anchor.quote().length();
        for (int i = 0; i < suffix.length() && end + i < text.length() && text.charAt(end + i) == suffix.charAt(i); i++) {
            score++;
        }
        return score;
    }
}
