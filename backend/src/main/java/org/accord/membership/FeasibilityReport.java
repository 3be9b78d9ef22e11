package org.accord.membership;

import java.util.List;

/** Whether a (draft) seat plan can be met by the current applicants, and if not, why and the smallest fix. */
public record FeasibilityReport(boolean feasible, int applicants, List<String> conflicts, List<String> relaxations,
                                List<ComplianceRow> preview) {
}
