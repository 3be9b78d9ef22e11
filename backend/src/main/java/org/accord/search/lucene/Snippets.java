package org.accord.search.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the best passage as safe HTML: everything escaped, matches wrapped in {@code <mark>}, and at most
 * {@link #MAX_CHARS} characters of text around the first match (a "sentence" in a clause without full stops can be the
 * whole clause).
 */
final class Snippets extends PassageFormatter {

    static final int MAX_CHARS = 240;
    /** Text shown when nothing in it matched (the title did): its opening. */
    static final int OPENING_CHARS = 200;
    /** Context kept before the first match when a passage must be cut. */
    private static final int LEAD_CHARS = 60;
    private static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage p = passages[0];
        int from = p.getStartOffset();
        int to = p.getEndOffset();
        int[] starts = p.getMatchStarts();
        int[] ends = p.getMatchEnds();
        int matches = p.getNumMatches();
        if (to - from > MAX_CHARS) {
            int first = matches > 0 ? starts[0] : from;
            if (first - from > LEAD_CHARS) {
                from = wordStart(content, first - LEAD_CHARS, first);
            }
            to = wordEnd(content, from, Math.min(to, from + MAX_CHARS), matches > 0 ? ends[0] : from);
        }
        while (to > from && Character.isWhitespace(content.charAt(to - 1))) {
            to--;
        }
        StringBuilder html = new StringBuilder(to - from + 32);
        if (from > 0) {
            html.append(ELLIPSIS);
        }
        int pos = from;
        for (int i = 0; i < matches; i++) {
            int start = Math.max(starts[i], pos);
            int end = Math.min(ends[i], to);
            while (i + 1 < matches && starts[i + 1] <= end) { // overlapping or touching matches become one mark
                end = Math.min(Math.max(end, ends[++i]), to);
            }
            if (start >= end) {
                continue;
            }
            escape(content, pos, start, html).append("<mark>");
            escape(content, start, end, html).append("</mark>");
            pos = end;
        }
        escape(content, pos, to, html);
        if (to < content.length()) {
            html.append(ELLIPSIS);
        }
        return html.toString();
    }

    /** The opening of a text, escaped, cut at a word boundary. */
    static String opening(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        text = text.strip();
        if (text.length() <= OPENING_CHARS) {
            return escape(text, 0, text.length(), new StringBuilder()).toString();
        }
        int end = wordEnd(text, 0, OPENING_CHARS, 0);
        return escape(text, 0, end, new StringBuilder()).append(ELLIPSIS).toString();
    }

    /** The start of the word at or after {@code at}, unless that would pass {@code limit}. */
    private static int wordStart(String s, int at, int limit) {
        for (int i = at; i < limit; i++) {
            if (Character.isWhitespace(s.charAt(i - 1)) && !Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return at;
    }

    /** The last word boundary at or before {@code at}, unless that would go back past {@code floor} or half the text. */
    private static int wordEnd(String s, int from, int at, int floor) {
        if (at >= s.length()) {
            return s.length();
        }
        for (int i = at; i > Math.max(floor, from + (at - from) / 2); i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at; // never split a character
    }

    private static StringBuilder escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
