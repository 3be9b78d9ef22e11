package org.accord.drafting.io;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;

import java.util.Locale;
import java.util.Set;

/** Kind rules shared by the importers, so that both read the same tree the same way. */
final class ClauseKinds {

    static final String TERMS_TITLE = "Terms and definitions";

    private static final Set<String> INFORMATIVE_TITLES = Set.of("introduction", "foreword");

    private ClauseKinds() {
    }

    static boolean isTermsTitle(String title) {
        return title != null && title.strip().equalsIgnoreCase(TERMS_TITLE);
    }

    static boolean isInformativeTitle(String title) {
        return title != null && INFORMATIVE_TITLES.contains(title.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Kind of a (non-terms) section: INFORMATIVE when marked so or titled Introduction/Foreword, or
     * when its parent is informative (an informative clause or annex); otherwise NORMATIVE.
     */
    static ClauseKind sectionKind(ClauseKind parentKind, AnnexType parentAnnexType, boolean markedInformative,
                                  String title) {
        if (markedInformative || isInformativeTitle(title)) {
            return ClauseKind.INFORMATIVE;
        }
        if (parentKind == ClauseKind.INFORMATIVE) {
            return ClauseKind.INFORMATIVE;
        }
        if (parentKind == ClauseKind.ANNEX) {
            return parentAnnexType == AnnexType.NORMATIVE ? ClauseKind.NORMATIVE : ClauseKind.INFORMATIVE;
        }
        return ClauseKind.NORMATIVE;
    }

    /** A … Z, AA, AB …, as ClauseNumbering letters annexes. */
    static String annexLetter(int index) {
        StringBuilder s = new StringBuilder();
        int i = index;
        do {
            s.insert(0, (char) ('A' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return s.toString();
    }
}
