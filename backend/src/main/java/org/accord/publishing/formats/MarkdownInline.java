package org.accord.publishing.formats;


import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Inline Markdown of the drafting subset for formats built without HTML: {@code **bold**},
 * {@code *italic*} / {@code _italic_}, backslash escapes, {@code `code`} (kept as text) and
 * {@code [[term]]} references (the term as plain text). Markers that are never closed stay as
 * typed. The output is always escaped, so user text cannot inject markup.
 */
final class MarkdownInline {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private MarkdownInline() {
    }

    /** NISO STS mixed content: escaped text with {@code <bold>} and {@code <italic>}. */
    static String toStsXml(String markdown) {
        return convert(markdown, true);
    }

    /** The text a reader sees, escaped for XML, without emphasis. */
    static String toPlainXml(String markdown) {
        return convert(markdown, false);
    }

    private record Frame(String marker, StringBuilder content) {
    }

    private static String convert(String s, boolean markup) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame("", new StringBuilder()));
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            StringBuilder out = stack.peek().content();
            if (c == '\\' && i + 1 < s.length() && PUNCTUATION.indexOf(s.charAt(i + 1)) >= 0) {
                out.append(Xml.escape(String.valueOf(s.charAt(i + 1))));
                i += 2;
            } else if (s.startsWith("[[", i) && s.indexOf("]]", i + 2) > i + 2) {
                int end = s.indexOf("]]", i + 2);
                out.append(Xml.escape(s.substring(i + 2, end).strip()));
                i = end + 2;
            } else if (c == '`' && s.indexOf('`', i + 1) > i) {
                int end = s.indexOf('`', i + 1);
                out.append(Xml.escape(s.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '*' || c == '_') {
                String marker = s.startsWith(c == '*' ? "**" : "__", i) ? s.substring(i, i + 2) : String.valueOf(c);
                int after = i + marker.length();
                boolean canClose = i > 0 && !Character.isWhitespace(s.charAt(i - 1))
                        && (c == '*' || after >= s.length() || !Character.isLetterOrDigit(s.charAt(after)));
                boolean canOpen = after < s.length() && !Character.isWhitespace(s.charAt(after))
                        && (c == '*' || i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
                if (canClose && stack.peek().marker().equals(marker)) {
                    Frame done = stack.pop();
                    String tag = marker.length() == 2 ? "bold" : "italic";
                    StringBuilder parent = stack.peek().content();
                    if (markup) {
                        parent.append('<').append(tag).append('>').append(done.content()).append("</").append(tag).append('>');
                    } else {
                        parent.append(done.content());
                    }
                } else if (canOpen) {
                    stack.push(new Frame(marker, new StringBuilder()));
                } else {
                    out.append(marker);
                }
                i = after;
            } else {
                int cp = s.codePointAt(i); // whole code point, so a surrogate pair is never split
                out.append(Xml.escape(new String(Character.toChars(cp))));
                i += Character.charCount(cp);
            }
        }
        // markers never closed are literal text
        while (stack.size() > 1) {
            Frame open = stack.pop();
            stack.peek().content().append(open.marker()).append(open.content());
        }
        return stack.peek().content().toString();
    }
}
