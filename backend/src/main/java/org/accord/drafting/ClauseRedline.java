package org.accord.drafting;

import java.util.List;

public record ClauseRedline(int fromRevision, int toRevision, String fromTitle, String toTitle,
                            List<WordDiff.Change> changes, String inlineHtml, String beforeHtml, String afterHtml) {

    static ClauseRedline of(int from, int to, String fromTitle, String toTitle, String fromBody, String toBody) {
        List<WordDiff.Change> changes = WordDiff.diff(fromBody, toBody);
        String[] sides = Redline.sideBySide(changes);
        return new ClauseRedline(from, to, fromTitle, toTitle, changes, Redline.inline(changes), sides[0], sides[1]);
    }
}
