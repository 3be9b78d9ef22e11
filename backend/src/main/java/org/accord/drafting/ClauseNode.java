package org.accord.drafting;

import java.util.List;
import java.util.UUID;

/** One clause in the derived tree: its number comes from its position, its id never changes. */
public record ClauseNode(UUID id, String number, ClauseKind kind, AnnexType annexType, String title, String text,
                         int revision, List<TermView> terms, List<ClauseNode> children) {

    /** Heading as printed: "6.1 Risk identification", "Annex A (informative) Stakeholder engagement", "NOTE". */
    public String heading() {
        if (kind == ClauseKind.ANNEX && !number.contains(".")) {
            return "Annex " + number + " (" + (annexType == null ? AnnexType.INFORMATIVE : annexType).label() + ") " + title;
        }
        return title == null || title.isBlank() ? number : number + " " + title;
    }
}
