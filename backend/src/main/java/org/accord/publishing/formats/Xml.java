package org.accord.publishing.formats;

import org.accord.drafting.ClauseText;

/**
 * A small indenting XML writer for generated documents: deterministic output (attributes in the
 * order given, two-space indentation) and every text or attribute value escaped. Mixed content
 * is written on one line so that indentation never adds whitespace inside a paragraph.
 */
final class Xml {

    private final StringBuilder out = new StringBuilder(8192);
    private int depth;

    Xml raw(String s) {
        out.append(s);
        return this;
    }

    /** {@code <name a="1">} on its own line; attributes are name/value pairs, null values skipped. */
    Xml open(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    Xml close(String name) {
        depth--;
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element whose content is plain text. */
    Xml text(String name, String text, String... attributes) {
        return mixed(name, escape(text), attributes);
    }

    /** An element whose content is already escaped mixed content. */
    Xml mixed(String name, String escapedContent, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append('>').append(escapedContent).append("</").append(name).append(">\n");
        return this;
    }

    Xml empty(String name, String... attributes) {
        indent();
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    private void indent() {
        out.append("  ".repeat(depth));
    }

    /** Escaped for element content and attribute values, without characters XML 1.0 forbids. */
    static String escape(String s) {
        return ClauseText.escape(clean(s));
    }

    /** Drops control characters and unpaired surrogates that no XML 1.0 document may contain. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
