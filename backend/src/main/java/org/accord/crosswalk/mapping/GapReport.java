package org.accord.crosswalk.mapping;

import java.util.*;

/**
 * Gaps of a draft against one jurisdiction: clauses with no mapping, or only weak ones ("intersects with"), to any
 * of its provisions; and provisions no clause covers. Plain data in, plain data out.
 */
public record GapReport(List<String> unmappedClauses, List<String> weaklyMappedClauses,
                        List<String> uncoveredProvisions) {

    /** One mapping of a clause to a provision, by id. */
    public record Link(String clauseId, String provisionId, Relationship relationship) {
    }

    /**
     * @param clauses    normative clause ids of the draft, in document order
     * @param provisions provision ids of the jurisdiction's instruments, in their order
     * @param links      mappings; links to provisions outside {@code provisions} are ignored
     */
    public static GapReport of(List<String> clauses, List<String> provisions, Collection<Link> links) {
        Set<String> inScope = new HashSet<>(provisions);
        Map<String, Boolean> strongByClause = new HashMap<>();
        Set<String> covered = new HashSet<>();
        for (Link l : links) {
            if (!inScope.contains(l.provisionId()) || !l.relationship().covers()) {
                continue;
            }
            covered.add(l.provisionId());
            strongByClause.merge(l.clauseId(), l.relationship().strong(), Boolean::logicalOr);
        }
        List<String> unmapped = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (String c : clauses) {
            Boolean strong = strongByClause.get(c);
            if (strong == null) {
                unmapped.add(c);
            } else if (!strong) {
                weak.add(c);
            }
        }
        List<String> uncovered = provisions.stream().filter(p -> !covered.contains(p)).toList();
        return new GapReport(List.copyOf(unmapped), List.copyOf(weak), uncovered);
    }
}
