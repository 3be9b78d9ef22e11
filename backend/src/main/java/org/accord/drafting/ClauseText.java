package org.accord.drafting;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
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
            .escapeHtml(true).sanitizeUrls(true).build();

    private ClauseText() {
    }

    public static String toSafeHtml(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
    }
}
