package org.accord.crosswalk.interchange;

import org.accord.shared.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules every import shares: identifiers unique, parents present, no loops, parents listed before children. */
final class ProvisionTree {
    private ProvisionTree() {
    }

    /**
     * Checks the provisions (in file order) and returns them with each parent moved up before its first child; the
     * file order is kept otherwise, so a file that is already in order comes back unchanged. Runs in linear time.
     * Problems go to {@code problems}, and the result is then meaningless. Parents are only checked when there were
     * no problems before, as a parent may be missing only because its own row was refused.
     */
    static List<ImportedProvision> parentsFirst(List<ImportedProvision> inFileOrder, ImportProblems problems) {
        boolean rowsSound = !problems.any();
        Map<String, ImportedProvision> byIdentifier = new HashMap<>();
        for (ImportedProvision p : inFileOrder) {
            ImportedProvision earlier = byIdentifier.putIfAbsent(p.identifier(), p);
            if (earlier != null) {
                problems.add(p.source(), Problem.of("crosswalk.tree.identifier-twice", p.identifier(), earlier.source()));
            }
        }
        if (!rowsSound) {
            return List.of();
        }
        for (ImportedProvision p : inFileOrder) {
            if (p.parentIdentifier() != null && !byIdentifier.containsKey(p.parentIdentifier())) {
                problems.add(p.source(), Problem.of("crosswalk.tree.parent-absent", p.parentIdentifier()));
            }
        }
        if (problems.any()) {
            return List.of();
        }
        reportLoops(inFileOrder, byIdentifier, problems);
        if (problems.any()) {
            return List.of();
        }
        List<ImportedProvision> ordered = new ArrayList<>(inFileOrder.size());
        Set<String> placed = new HashSet<>();
        Deque<ImportedProvision> unplacedAncestry = new ArrayDeque<>();
        for (ImportedProvision p : inFileOrder) {
            for (ImportedProvision q = p; q != null && !placed.contains(q.identifier());
                 q = q.parentIdentifier() == null ? null : byIdentifier.get(q.parentIdentifier())) {
                unplacedAncestry.push(q);
            }
            while (!unplacedAncestry.isEmpty()) {
                ImportedProvision q = unplacedAncestry.pop();
                placed.add(q.identifier());
                ordered.add(q);
            }
        }
        return ordered;
    }

    /** Walks each parent chain once; a chain that comes back to a provision on the current walk is a loop. */
    private static void reportLoops(List<ImportedProvision> inFileOrder, Map<String, ImportedProvision> byIdentifier,
                                    ImportProblems problems) {
        Set<String> cleared = new HashSet<>();
        for (ImportedProvision start : inFileOrder) {
            List<ImportedProvision> walk = new ArrayList<>();
            Map<String, Integer> positionOnWalk = new HashMap<>();
            ImportedProvision p = start;
            while (p != null && !cleared.contains(p.identifier())) {
                Integer loopStart = positionOnWalk.putIfAbsent(p.identifier(), walk.size());
                if (loopStart != null) {
                    List<ImportedProvision> loop = walk.subList(loopStart, walk.size());
                    StringBuilder chain = new StringBuilder();
                    loop.forEach(q -> chain.append(q.identifier()).append(" → "));
                    chain.append(p.identifier());
                    problems.add(p.source(), Problem.of("crosswalk.tree.loop", chain.toString()));
                    break;
                }
                walk.add(p);
                p = p.parentIdentifier() == null ? null : byIdentifier.get(p.parentIdentifier());
            }
            walk.forEach(q -> cleared.add(q.identifier()));
        }
    }
}
