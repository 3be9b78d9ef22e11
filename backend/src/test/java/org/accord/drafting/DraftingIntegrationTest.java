package org.accord.drafting;

import org.accord.shared.InvalidInputException;
import org.accord.shared.security.SystemActor;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafts and clause trees on real PostgreSQL with the Flyway schema. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class DraftingIntegrationTest {

    @Autowired DraftingService drafting;
    @Autowired Fixtures fixtures;

    @Test
    void buildsANumberedTreeWithTermsAndAnnexes() {
        UUID draft = fixtures.draft(fixtures.workingGroup(), 0);
        SystemActor.run("test", () -> {
            UUID scope = drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, "Scope", "This document…"));
            drafting.addClause(draft, scope, new NewClause(ClauseKind.NOTE, null, "", "A note."));
            UUID terms = drafting.addClause(draft, null, new NewClause(ClauseKind.TERMS, null, "Terms and definitions", ""));
            drafting.addTerm(draft, terms, new NewTerm("AI system", List.of("artificial intelligence system"), "engineered system …", null, null));
            drafting.addTerm(draft, terms, new NewTerm("deployer", null, "organisation that uses …", "note", "source"));
            UUID annex = drafting.addClause(draft, null, new NewClause(ClauseKind.ANNEX, AnnexType.INFORMATIVE, "Examples", ""));
            drafting.addClause(draft, annex, new NewClause(ClauseKind.INFORMATIVE, null, "First", "…"));

            List<ClauseNode> tree = drafting.clauseTree(draft);
            assertThat(tree).extracting(ClauseNode::heading)
                    .containsExactly("1 Scope", "2 Terms and definitions", "Annex A (informative) Examples");
            assertThat(tree.get(0).children().getFirst().number()).isEqualTo("NOTE");
            assertThat(tree.get(1).terms()).extracting(TermView::number).containsExactly("2.1", "2.2");
            assertThat(tree.get(1).terms().getFirst().admittedTerms()).containsExactly("artificial intelligence system");
            assertThat(tree.get(2).children().getFirst().heading()).isEqualTo("A.1 First");
            assertThat(drafting.draft(draft).clauseCount()).isEqualTo(5);
        });
    }

    @Test
    void refusesWhatBreaksTheRules() {
        UUID draft = fixtures.draft(fixtures.workingGroup(), 1);
        SystemActor.run("test", () -> {
            UUID first = drafting.clauseTree(draft).getFirst().id();
            assertThatThrownBy(() -> drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, "Big",
                    "x".repeat(ClauseText.MAX_BODY_CHARS + 1))))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("200 kB");
            assertThatThrownBy(() -> drafting.addClause(draft, first, new NewClause(ClauseKind.ANNEX, null, "A", "")))
                    .hasMessageContaining("top-level");
            assertThatThrownBy(() -> drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, " ", "")))
                    .hasMessageContaining("needs a title");
            assertThatThrownBy(() -> drafting.addTerm(draft, first, new NewTerm("t", null, "d", null, null)))
                    .hasMessageContaining("terms and definitions clause");
            assertThatThrownBy(() -> drafting.createDraft(new NewDraft(fixtures.workingGroup(), "X 1", "T", "en", "21.20")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("21.20");
        });
    }

    @Test
    void storesTypedMarkupAsTyped() {
        UUID draft = fixtures.draft(fixtures.workingGroup(), 0);
        SystemActor.run("test", () -> {
            String hostile = "<script>alert('x')</script> **bold**";
            drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, "<b>Title</b>", hostile));
            ClauseNode node = drafting.clauseTree(draft).getFirst();
            assertThat(node.text()).isEqualTo(hostile);
            assertThat(node.title()).isEqualTo("<b>Title</b>");
        });
    }

    @Test
    void termsAreChangedAndRemovedAndReferencesFollow() {
        UUID draft = fixtures.draft(fixtures.workingGroup(), 0);
        SystemActor.run("test", () -> {
            UUID terms = drafting.addClause(draft, null, new NewClause(ClauseKind.TERMS, null, "Terms and definitions", ""));
            UUID term = drafting.addTerm(draft, terms, new NewTerm("provider", null, "organisation that develops", null, null));
            drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, "Duties", "Each [[supplier]] shall …"));
            assertThat(drafting.missingTermReferences(draft)).extracting(TermReferences.Missing::term).containsExactly("supplier");
            drafting.updateTerm(draft, term, new NewTerm("provider", List.of("supplier"), "organisation that develops", " ", null));
            assertThat(drafting.missingTermReferences(draft)).isEmpty();
            assertThat(drafting.clauseTree(draft).getFirst().terms().getFirst().note()).isNull();
            drafting.removeTerm(draft, term);
            assertThat(drafting.missingTermReferences(draft)).hasSize(1);
            assertThatThrownBy(() -> drafting.updateTerm(draft, term, new NewTerm("x", null, "y", null, null)))
                    .hasMessageContaining("not found");
        });
    }
}
