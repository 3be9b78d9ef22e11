package org.accord.crosswalk;

import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;

import java.util.Locale;
import java.util.Set;

/**
 * Which clauses a crosswalk (matrix, gaps, adoption profiles) covers: the ones that can state requirements.
 * ISO/IEC Directives Part 2 fixes clauses 1–3 as Scope, Normative references and Terms and definitions, which state
 * none; notes, examples and informative clauses and annexes are not requirements either.
 */
final class RequirementClauses {

    private static final Set<String> STRUCTURAL = Set.of("scope", "normative references", "terms and definitions");

    private RequirementClauses() {
    }

    /** Called top-down; a clause under a non-requirement clause is not tested. */
    static boolean test(ClauseNode n, int level) {
        if (n.kind() == ClauseKind.ANNEX) {
            return level > 0 || n.annexType() == AnnexType.NORMATIVE;
        }
        if (n.kind() != ClauseKind.NORMATIVE) {
            return false;
        }
        return level > 0 || n.title() == null || !STRUCTURAL.contains(n.title().strip().toLowerCase(Locale.ROOT));
    }
}
