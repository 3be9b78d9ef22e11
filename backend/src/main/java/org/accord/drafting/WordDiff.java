package org.accord.drafting;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;

import java.util.*;

/**
 * Word-level differences between two texts: diff-match-patch run over words (each word mapped to
 * one character, as its line mode does for lines), then its semantic clean-up, so a redline shows
 * whole words changing rather than scattered letters.
 */
public final class WordDiff {

    public enum Op { EQUAL, INSERT, DELETE }

    public record Change(Op op, String text) {
    }

    private WordDiff() {
    }

    public static List<Change> diff(String from, String to) {
        String a = from == null ? "" : from;
        String b = to == null ? "" : to;
        List<String> vocabulary = new ArrayList<>();
        Map<String, Character> codes = new HashMap<>();
        String ea = encode(a, vocabulary, codes);
        String eb = encode(b, vocabulary, codes);
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = 2.0f;
        LinkedList<DiffMatchPatch.Diff> diffs = dmp.diffMain(ea, eb, false);
        List<Change> changes = new ArrayList<>();
        for (DiffMatchPatch.Diff d : diffs) {
            StringBuilder text = new StringBuilder();
            for (char c : d.text.toCharArray()) {
                text.append(vocabulary.get(c));
            }
            changes.add(new Change(op(d.operation), text.toString()));
        }
        return cleanup(changes, dmp);
    }

    /** Semantic clean-up on the decoded text merges tiny equalities into the edits around them. */
    private static List<Change> cleanup(List<Change> changes, DiffMatchPatch dmp) {
        LinkedList<DiffMatchPatch.Diff> decoded = new LinkedList<>();
        for (Change c : changes) {
            decoded.add(new DiffMatchPatch.Diff(switch (c.op()) {
                case EQUAL -> DiffMatchPatch.Operation.EQUAL;
                case INSERT -> DiffMatchPatch.Operation.INSERT;
                case DELETE -> DiffMatchPatch.Operation.DELETE;
            }, c.text()));
        }
        dmp.diffCleanupSemantic(decoded);
        List<Change> out = new ArrayList<>();
        for (DiffMatchPatch.Diff d : decoded) {
            if (!d.text.isEmpty()) {
                out.add(new Change(op(d.operation), d.text));
            }
        }
        return out;
    }

    private static Op op(DiffMatchPatch.Operation o) {
        return switch (o) {
            case EQUAL -> Op.EQUAL;
            case INSERT -> Op.INSERT;
            case DELETE -> Op.DELETE;
        };
    }

    /** The texts encoded with one shared vocabulary: each word, space run or punctuation mark is one char. */
    static String[] encodeAll(String... texts) {
        List<String> vocabulary = new ArrayList<>();
        Map<String, Character> codes = new HashMap<>();
        String[] out = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            out[i] = encode(texts[i], vocabulary, codes);
        }
        return out;
    }

    /** Splits into words, runs of white space and single punctuation marks, one char per distinct token. */
    private static String encode(String text, List<String> vocabulary, Map<String, Character> codes) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            String token = text.substring(start, i);
            Character code = codes.get(token);
            if (code == null) {
                if (vocabulary.size() >= Character.MAX_VALUE) {
                    throw new IllegalArgumentException("Text too varied to compare word by word");
                }
                code = (char) vocabulary.size();
                vocabulary.add(token);
                codes.put(token, code);
            }
            out.append(code);
        }
        return out.toString();
    }

    /** True when the two texts are the same. */
    public static boolean unchanged(List<Change> changes) {
        return changes.stream().allMatch(c -> c.op() == Op.EQUAL);
    }
}
