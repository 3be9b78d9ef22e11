package org.accord.drafting.io;

import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.ClauseNumbering;
import org.accord.drafting.NewTerm;
import org.accord.drafting.TermView;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test helpers: what the drafting service does with an import (ids, derived numbers) and back. */
final class Trees {

    private Trees() {
    }

    /** Stores the clauses "as the service would": fresh ids, numbers derived by ClauseNumbering. */
    static List<ClauseNode> numbered(List<ImportedClause> clauses) {
        Map<ImportedClause, UUID> ids = new IdentityHashMap<>();
        List<ClauseNumbering.Node> nodes = new ArrayList<>();
        collect(clauses, null, ids, nodes);
        Map<UUID, String> numbers = ClauseNumbering.number(nodes);
        return build(clauses, ids, numbers);
    }

    private static void collect(List<ImportedClause> clauses, UUID parent, Map<ImportedClause, UUID> ids,
                                List<ClauseNumbering.Node> nodes) {
        int position = 0;
        for (ImportedClause c : clauses) {
            UUID id = UUID.randomUUID();
            ids.put(c, id);
            nodes.add(new ClauseNumbering.Node(id, parent, ++position, c.kind()));
            collect(c.children(), id, ids, nodes);
        }
    }

    private static List<ClauseNode> build(List<ImportedClause> clauses, Map<ImportedClause, UUID> ids,
                                          Map<UUID, String> numbers) {
        List<ClauseNode> out = new ArrayList<>();
        for (ImportedClause c : clauses) {
            UUID id = ids.get(c);
            String number = numbers.get(id);
            List<TermView> terms = new ArrayList<>();
            int k = 0;
            for (NewTerm t : c.terms()) {
                terms.add(new TermView(UUID.randomUUID(), number + "." + (++k), t.term(), t.admittedTerms(),
                        t.definition(), t.note(), t.source()));
            }
            out.add(new ClauseNode(id, number, c.kind(), c.annexType(), c.title(), c.body(), 1, terms,
                    build(c.children(), ids, numbers)));
        }
        return out;
    }

    /** The import that a stored tree should give back. */
    static List<ImportedClause> imported(List<ClauseNode> nodes) {
        List<ImportedClause> out = new ArrayList<>();
        for (ClauseNode n : nodes) {
            List<NewTerm> terms = n.terms() == null ? List.of() : n.terms().stream()
                    .map(t -> new NewTerm(t.term(), t.admittedTerms(), t.definition(), t.note(), t.source()))
                    .toList();
            boolean labelled = n.kind() == ClauseKind.NOTE || n.kind() == ClauseKind.EXAMPLE;
            out.add(new ImportedClause(n.kind(), n.annexType(), labelled ? "" : n.title(), n.text(), terms,
                    imported(n.children() == null ? List.of() : n.children())));
        }
        return out;
    }
}
