package org.accord.drafting;

import org.junit.jupiter.api.Test;

import java.util.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClauseTreeTest {

    final UUID c1 = UUID.randomUUID(), c2 = UUID.randomUUID(), c3 = UUID.randomUUID();
    final UUID c21 = UUID.randomUUID(), c22 = UUID.randomUUID(), c211 = UUID.randomUUID();
    final UUID note = UUID.randomUUID(), annex = UUID.randomUUID();
    final List<ClauseTree.Node> nodes = List.of(
            new ClauseTree.Node(c1, null, 1, ClauseKind.NORMATIVE),
            new ClauseTree.Node(c2, null, 2, ClauseKind.NORMATIVE),
            new ClauseTree.Node(c3, null, 3, ClauseKind.NORMATIVE),
            new ClauseTree.Node(annex, null, 4, ClauseKind.ANNEX),
            new ClauseTree.Node(c21, c2, 1, ClauseKind.NORMATIVE),
            new ClauseTree.Node(c22, c2, 2, ClauseKind.NORMATIVE),
            new ClauseTree.Node(c211, c21, 1, ClauseKind.NORMATIVE),
            new ClauseTree.Node(note, c1, 1, ClauseKind.NOTE));

    private Map<UUID, String> numbersAfter(List<ClauseTree.Placement> placements) {
        Map<UUID, ClauseTree.Placement> changed = new HashMap<>();
        placements.forEach(p -> changed.put(p.id(), p));
        List<ClauseNumbering.Node> moved = nodes.stream().map(n -> {
            ClauseTree.Placement p = changed.get(n.id());
            return p == null ? new ClauseNumbering.Node(n.id(), n.parentId(), n.position(), n.kind())
                    : new ClauseNumbering.Node(n.id(), p.parentId(), p.position(), n.kind());
        }).toList();
        return ClauseNumbering.number(moved);
    }

    @Test
    void movingUpRenumbersSiblings() {
        Map<UUID, String> n = numbersAfter(ClauseTree.move(nodes, c3, null, 0));
        assertThat(n.get(c3)).isEqualTo("1");
        assertThat(n.get(c1)).isEqualTo("2");
        assertThat(n.get(c21)).isEqualTo("3.1");
        assertThat(n.get(c211)).isEqualTo("3.1.1");
    }

    @Test
    void indentingMakesASubClauseAndClosesTheGap() {
        Map<UUID, String> n = numbersAfter(ClauseTree.move(nodes, c3, c2, 2));
        assertThat(n.get(c3)).isEqualTo("2.3");
        assertThat(n.get(annex)).isEqualTo("A");
    }

    @Test
    void outdentingKeepsTheSubtree() {
        Map<UUID, String> n = numbersAfter(ClauseTree.move(nodes, c21, null, 3));
        assertThat(n.get(c21)).isEqualTo("4");
        assertThat(n.get(c211)).isEqualTo("4.1");
        assertThat(n.get(c22)).isEqualTo("2.1");
    }

    @Test
    void refusesAMoveUnderItsOwnDescendant() {
        assertThatThrownBy(() -> ClauseTree.move(nodes, c2, c211, 0)).hasMessageContaining("under itself");
        assertThatThrownBy(() -> ClauseTree.move(nodes, c2, c2, 0)).hasMessageContaining("under itself");
    }

    @Test
    void refusesMovesThatBreakTheKindRules() {
        assertThatThrownBy(() -> ClauseTree.move(nodes, c3, note, 0)).hasMessageContaining("cannot hold");
        assertThatThrownBy(() -> ClauseTree.move(nodes, annex, c1, 0)).hasMessageContaining("annex");
        assertThatThrownBy(() -> ClauseTree.move(nodes, note, null, 0)).hasMessageContaining("must belong");
    }

    @Test
    void subtreeHoldsAllDescendants() {
        assertThat(ClauseTree.subtree(nodes, c2)).containsExactlyInAnyOrder(c2, c21, c22, c211);
    }
}
