package org.accord.drafting;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Clause bodies are a Markdown subset (paragraphs, lists, simple tables). Raw HTML typed by a user
 * is escaped, never interpreted, so text is stored as typed and rendered harmless.
 */
public final class ClauseText {

    public static final int MAX_BODY_CHARS = 200_000;

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true)
            // commonmark's default list lets data: through, and a data:text/html link is a script in disguise
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();

    private ClauseText() {
    }

    public static String toSafeHtml(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
    }

    private static final java.util.regex.Pattern RENDERED_REFERENCE = java.util.regex.Pattern.compile("\\[\\[([^\\[\\]<>\\n]{1,200})]]");

    /**
     * As {@link #toSafeHtml(String)}, with {@code [[term]]} references linked to their entry
     * ("<i>term</i> (3.1)") or, when no such term is defined, flagged.
     */
    public static String toSafeHtml(String markdown, java.util.Map<String, TermView> terms) {
        String html = toSafeHtml(markdown);
        java.util.regex.Matcher m = RENDERED_REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String shown = m.group(1);
            TermView term = terms.get(TermReferences.key(unescape(shown)));
            String replacement = term == null
                    ? "<span class=\"term-ref missing\" title=\"No such term is defined in this draft\">" + shown
                      + " <span class=\"flag\">(term not defined)</span></span>"
                    : "<a class=\"term-ref\" router-ignore href=\"#t-" + term.id() + "\"><i>" + shown + "</i> ("
                      + term.number() + ")</a>";
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
