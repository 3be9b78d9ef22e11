package org.accord.drafting;

import java.util.*;

/**
 * Derives clause numbers from position, as ISO directives do: main clauses 1, 2, 3 …; sub-clauses
 * 1.1, 1.1.1; annexes A, B with sub-clauses A.1; notes and examples are labelled, not numbered
 * ("NOTE", or "NOTE 1", "NOTE 2" when a clause has several). Numbers are never stored.
 */
public final class ClauseNumbering {

    public record Node(UUID id, UUID parentId, int position, ClauseKind kind) {
    }

    private ClauseNumbering() {
    }

    public static Map<UUID, String> number(Collection<Node> nodes) {
        Map<UUID, List<Node>> children = new HashMap<>();
        for (Node n : nodes) {
            children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
        }
        children.values().forEach(list -> list.sort(Comparator.comparingInt(Node::position)));
        Map<UUID, String> numbers = new LinkedHashMap<>();
        numberChildren(null, null, children, numbers);
        if (numbers.size() != nodes.size()) {
            throw new IllegalStateException("Clause tree has orphans or a cycle");
        }
        return numbers;
    }

    private static void numberChildren(UUID parentId, String prefix, Map<UUID, List<Node>> children, Map<UUID, String> out) {
        List<Node> list = children.getOrDefault(parentId, List.of());
        int section = 0;
        int annex = 0;
        Map<ClauseKind, Long> labelled = new EnumMap<>(ClauseKind.class);
        list.stream().filter(n -> !n.kind().isNumberedSection()).forEach(n -> labelled.merge(n.kind(), 1L, Long::sum));
        Map<ClauseKind, Integer> labelSeen = new EnumMap<>(ClauseKind.class);
        for (Node n : list) {
            String number;
            if (!n.kind().isNumberedSection()) {
                int k = labelSeen.merge(n.kind(), 1, Integer::sum);
                number = labelled.get(n.kind()) > 1 ? n.kind().name() + " " + k : n.kind().name();
            } else if (n.kind() == ClauseKind.ANNEX && prefix == null) {
                number = annexLetter(annex++);
            } else {
                section++;
                number = prefix == null ? Integer.toString(section) : prefix + "." + section;
            }
            out.put(n.id(), number);
            if (n.kind().isNumberedSection()) {
                numberChildren(n.id(), number, children, out);
            }
        }
    }

    /** A … Z, then AA, AB …, as long documents need. */
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
