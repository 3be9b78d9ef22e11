package org.accord.drafting;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.accord.drafting.ClauseKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClauseNumberingTest {

    private final List<ClauseNumbering.Node> nodes = new ArrayList<>();

    private UUID add(UUID parent, int position, ClauseKind kind) {
        UUID id = UUID.randomUUID();
        nodes.add(new ClauseNumbering.Node(id, parent, position, kind));
        return id;
    }

    @Test
    void numbersSectionsByPositionAndLettersAnnexes() {
        UUID scope = add(null, 1, NORMATIVE);
        UUID terms = add(null, 2, TERMS);
        UUID risk = add(null, 3, NORMATIVE);
        UUID riskA = add(risk, 1, NORMATIVE);
        UUID riskAa = add(riskA, 1, NORMATIVE);
        UUID riskB = add(risk, 2, INFORMATIVE);
        UUID annexA = add(null, 4, ANNEX);
        UUID annexA1 = add(annexA, 1, INFORMATIVE);
        UUID annexB = add(null, 5, ANNEX);

        Map<UUID, String> n = ClauseNumbering.number(nodes);

        assertThat(n.get(scope)).isEqualTo("1");
        assertThat(n.get(terms)).isEqualTo("2");
        assertThat(n.get(risk)).isEqualTo("3");
        assertThat(n.get(riskA)).isEqualTo("3.1");
        assertThat(n.get(riskAa)).isEqualTo("3.1.1");
        assertThat(n.get(riskB)).isEqualTo("3.2");
        assertThat(n.get(annexA)).isEqualTo("A");
        assertThat(n.get(annexA1)).isEqualTo("A.1");
        assertThat(n.get(annexB)).isEqualTo("B");
    }

    @Test
    void positionsNotInsertionOrderDecide_soMovingRenumbers() {
        UUID second = add(null, 20, NORMATIVE);
        UUID first = add(null, 10, NORMATIVE);
        assertThat(ClauseNumbering.number(nodes)).containsEntry(first, "1").containsEntry(second, "2");
    }

    @Test
    void notesAndExamplesAreLabelledNotNumbered() {
        UUID clause = add(null, 1, NORMATIVE);
        UUID note1 = add(clause, 1, NOTE);
        UUID sub = add(clause, 2, NORMATIVE);
        UUID note2 = add(clause, 3, NOTE);
        UUID example = add(clause, 4, EXAMPLE);

        Map<UUID, String> n = ClauseNumbering.number(nodes);

        assertThat(n.get(note1)).isEqualTo("NOTE 1");
        assertThat(n.get(note2)).isEqualTo("NOTE 2");
        assertThat(n.get(example)).isEqualTo("EXAMPLE");
        assertThat(n.get(sub)).isEqualTo("1.1");
    }

    @Test
    void annexLettersContinuePastZ() {
        assertThat(ClauseNumbering.annexLetter(0)).isEqualTo("A");
        assertThat(ClauseNumbering.annexLetter(25)).isEqualTo("Z");
        assertThat(ClauseNumbering.annexLetter(26)).isEqualTo("AA");
    }

    @Test
    void orphanClausesAreAnError() {
        add(UUID.randomUUID(), 1, NORMATIVE);
        assertThatThrownBy(() -> ClauseNumbering.number(nodes)).isInstanceOf(IllegalStateException.class);
    }
}
