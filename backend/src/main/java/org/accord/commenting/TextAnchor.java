package org.accord.commenting;

/**
 * Where a comment points in a clause's text: the quoted passage with some text on either side,
 * and where it stood. Context makes a repeated phrase findable after the text around it moves.
 */
public record TextAnchor(String quote, String prefix, String suffix, int start) {

    public static final int CONTEXT = 32;

    public TextAnchor {
        if (quote == null || quote.isEmpty()) {
            throw new IllegalArgumentException("An anchor needs the quoted text");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The anchor of {@code text[start, end)}, with up to 32 characters of context each side. */
    public static TextAnchor of(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("The selection is not inside the clause text");
        }
        return new TextAnchor(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start);
    }

    /** The anchor of the first occurrence of {@code quote} in {@code text} nearest {@code near}, if any. */
    public static java.util.Optional<TextAnchor> find(String text, String quote, int near) {
        int best = -1;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) {
                best = i;
            }
        }
        return best < 0 ? java.util.Optional.empty() : java.util.Optional.of(of(text, best, best + quote.length()));
    }

    public int end() {
        return start + quote.length();
    }
}
