package org.accord.drafting;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.accord.drafting.DocumentComparison.Status.*;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentComparisonTest {

    final UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), d = UUID.randomUUID(), e = UUID.randomUUID();

    static DocumentComparison.Entry entry(UUID id, UUID parent, int pos, String number, String title, String body) {
        return new DocumentComparison.Entry(id, parent, pos, ClauseKind.NORMATIVE, number, title, body);
    }

    @Test
    void reportsAddedDeletedMovedAndChangedClauses() {
        List<DocumentComparison.Entry> from = List.of(
                entry(a, null, 1, "1", "Scope", "Old scope."),
                entry(b, null, 2, "2", "Terms", "Terms."),
                entry(c, null, 3, "3", "Risk", "Risk text."),
                entry(d, null, 4, "4", "Old clause", "Gone soon."));
        List<DocumentComparison.Entry> to = List.of(
                entry(a, null, 1, "1", "Scope", "New scope."),
                entry(c, null, 2, "2", "Risk", "Risk text."),
                entry(b, null, 3, "3", "Terms", "Terms."),
                entry(e, null, 4, "4", "New clause", "Fresh."));

        List<DocumentComparison.ClauseChange> changes = DocumentComparison.compare(from, to);

        assertThat(changes).filteredOn(x -> x.clauseId().equals(a)).singleElement()
                .satisfies(x -> assertThat(x.textChanged()).isTrue()).satisfies(x -> assertThat(x.moved()).isFalse());
        // One of b/c moved; the other only renumbered. The LCS keeps one in place.
        assertThat(changes.stream().filter(DocumentComparison.ClauseChange::moved)).hasSize(1);
        assertThat(changes).filteredOn(x -> x.clauseId().equals(e)).singleElement()
                .satisfies(x -> assertThat(x.status()).isEqualTo(ADDED));
        assertThat(changes).filteredOn(x -> x.clauseId().equals(d)).singleElement()
                .satisfies(x -> assertThat(x.status()).isEqualTo(DELETED))
                .satisfies(x -> assertThat(x.fromNumber()).isEqualTo("4"));
    }

    @Test
    void renumberingAloneIsNotAMove() {
        List<DocumentComparison.Entry> from = List.of(entry(a, null, 1, "1", "A", "x"), entry(b, null, 2, "2", "B", "y"));
        List<DocumentComparison.Entry> to = List.of(entry(e, null, 1, "1", "New", "z"), entry(a, null, 2, "2", "A", "x"),
                entry(b, null, 3, "3", "B", "y"));
        List<DocumentComparison.ClauseChange> changes = DocumentComparison.compare(from, to);
        assertThat(changes).filteredOn(x -> x.status() == UNCHANGED).hasSize(2);
        assertThat(changes.getFirst().status()).isEqualTo(ADDED);
    }

    @Test
    void changingParentIsAMove() {
        List<DocumentComparison.Entry> from = List.of(entry(a, null, 1, "1", "A", "x"), entry(b, null, 2, "2", "B", "y"));
        List<DocumentComparison.Entry> to = List.of(entry(a, null, 1, "1", "A", "x"), entry(b, a, 1, "1.1", "B", "y"));
        assertThat(DocumentComparison.compare(from, to)).filteredOn(x -> x.clauseId().equals(b)).singleElement()
                .satisfies(x -> assertThat(x.moved()).isTrue());
    }
}
