package org.accord.drafting;

import java.util.List;

/**
 * Renders a word diff as HTML, escaped. Insertions are underlined and deletions struck through,
 * so the redline reads without colour; the colours (blue / vermilion) are safe for colour-blind readers.
 */
public final class Redline {

    private Redline() {
    }

    public static String inline(List<WordDiff.Change> changes) {
        StringBuilder html = new StringBuilder("<span class=\"redline\">");
        for (WordDiff.Change c : changes) {
            switch (c.op()) {
                case EQUAL -> html.append(escape(c.text()));
                case INSERT -> html.append("<ins>").append(escape(c.text())).append("</ins>");
                case DELETE -> html.append("<del>").append(escape(c.text())).append("</del>");
            }
        }
        return html.append("</span>").toString();
    }

    /** The old text with deletions marked, and the new text with insertions marked: [before, after]. */
    public static String[] sideBySide(List<WordDiff.Change> changes) {
        StringBuilder before = new StringBuilder("<span class=\"redline\">");
        StringBuilder after = new StringBuilder("<span class=\"redline\">");
        for (WordDiff.Change c : changes) {
            switch (c.op()) {
                case EQUAL -> {
                    before.append(escape(c.text()));
                    after.append(escape(c.text()));
                }
                case DELETE -> before.append("<del>").append(escape(c.text())).append("</del>");
                case INSERT -> after.append("<ins>").append(escape(c.text())).append("</ins>");
            }
        }
        return new String[]{before.append("</span>").toString(), after.append("</span>").toString()};
    }

    static String escape(String s) {
        // Line breaks stay visible inside a redline.
        return ClauseText.escape(s).replace("\n", "<br>");
    }
}
