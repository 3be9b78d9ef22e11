package org.accord.drafting;

import java.util.List;

/** A structured comparison of two states of a draft ("current" is the working text). */
public record DocumentDiff(String from, String to, int added, int deleted, int moved, int changed,
                           List<DocumentComparison.ClauseChange> clauses) {

    static DocumentDiff of(String from, String to, List<DocumentComparison.ClauseChange> changes) {
        int added = 0;
        int deleted = 0;
        int moved = 0;
        int changed = 0;
        for (DocumentComparison.ClauseChange c : changes) {
            switch (c.status()) {
                case ADDED -> added++;
                case DELETED -> deleted++;
                case CHANGED -> {
                    if (c.moved()) {
                        moved++;
                    }
                    if (c.textChanged() || c.titleChanged()) {
                        changed++;
                    }
                }
                case UNCHANGED -> { }
            }
        }
        return new DocumentDiff(from, to, added, deleted, moved, changed, changes);
    }
}
