package org.accord.drafting;

import org.accord.shared.InvalidInputException;
import org.accord.shared.Problem;
import java.util.*;

/**
 * Moves in the clause tree: where a clause may go, and the sibling positions that result.
 * Positions are re-sequenced 1..n so that numbers, derived from them, stay gap-free.
 */
public final class ClauseTree {

    public record Node(UUID id, UUID parentId, int position, ClauseKind kind) {
    }

    public record Placement(UUID id, UUID parentId, int position) {
    }

    private ClauseTree() {
    }

    /**
     * New placements after moving {@code clauseId} under {@code newParentId} (null = top level) at
     * {@code index} (0-based among the new siblings, clamped). Only changed placements are returned.
     */
    public static List<Placement> move(Collection<Node> nodes, UUID clauseId, UUID newParentId, int index) {
        Map<UUID, Node> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Node moving = byId.get(clauseId);
        if (moving == null) {
            throw new InvalidInputException("drafting.move.no-such-clause");
        }
        if (newParentId != null) {
            Node parent = byId.get(newParentId);
            if (parent == null) {
                throw new InvalidInputException("drafting.move.parent-not-in-draft");
            }
            if (!parent.kind().isNumberedSection()) {
                throw new InvalidInputException("drafting.clause.cannot-hold", Problem.of("drafting.kind." + parent.kind().name().toLowerCase(Locale.ROOT)));
            }
            for (UUID p = newParentId; p != null; p = byId.get(p).parentId()) {
                if (p.equals(clauseId)) {
                    throw new InvalidInputException("drafting.move.under-itself");
                }
            }
            if (moving.kind() == ClauseKind.ANNEX) {
                throw new InvalidInputException("drafting.move.annex-top-level");
            }
        } else if (!moving.kind().isNumberedSection()) {
            throw new InvalidInputException("drafting.clause.must-belong", Problem.of("drafting.kind." + moving.kind().name().toLowerCase(Locale.ROOT)));
        }
        Map<UUID, List<Node>> children = new HashMap<>();
        for (Node n : nodes) {
            if (!n.id().equals(clauseId)) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        children.values().forEach(l -> l.sort(Comparator.comparingInt(Node::position)));
        List<Node> target = new ArrayList<>(children.getOrDefault(newParentId, List.of()));
        target.add(Math.max(0, Math.min(index, target.size())), moving);
        List<Placement> changed = new ArrayList<>();
        resequence(target, newParentId, byId, changed);
        if (!Objects.equals(moving.parentId(), newParentId)) {
            resequence(children.getOrDefault(moving.parentId(), List.of()), moving.parentId(), byId, changed);
        }
        return changed;
    }

    private static void resequence(List<Node> siblings, UUID parentId, Map<UUID, Node> byId, List<Placement> changed) {
        for (int i = 0; i < siblings.size(); i++) {
            Node n = siblings.get(i);
            Node before = byId.get(n.id());
            if (before.position() != i + 1 || !Objects.equals(before.parentId(), parentId)) {
                changed.add(new Placement(n.id(), parentId, i + 1));
            }
        }
    }

    /** The clause and all clauses below it. */
    public static Set<UUID> subtree(Collection<Node> nodes, UUID rootId) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        nodes.forEach(n -> children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n.id()));
        Set<UUID> out = new LinkedHashSet<>();
        Deque<UUID> todo = new ArrayDeque<>(List.of(rootId));
        while (!todo.isEmpty()) {
            UUID id = todo.pop();
            if (out.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return out;
    }
}
