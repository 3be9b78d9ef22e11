package org.accord.search;

import org.accord.drafting.ClauseKind;
import org.accord.drafting.DraftingService;
import org.accord.drafting.NewClause;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.time.Instant;
import java.util.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;
import org.accord.shared.UnavailableException;

/** Search on PostgreSQL with the embedded index: the outbox survives an index outage; permissions hold. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class, properties = "accord.search.drain-interval=PT1H")
class SearchIntegrationTest {

    @MockitoSpyBean SearchIndex index;
    @Autowired SearchOutbox outbox;
    @Autowired SearchService search;
    @Autowired DraftingService drafting;
    @Autowired org.accord.crosswalk.MappingService mappings;
    @Autowired Fixtures fixtures;

    private List<String> titles(SearchResult r) {
        return r.hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void clausesSavedWhileTheIndexIsDownAreFoundOnceItRecovers() {
        UUID wg = fixtures.workingGroup();
        String member = fixtures.member(wg, WorkingGroupRole.DELEGATE);
        outbox.drain();
        doThrow(new IllegalStateException("index unavailable")).when(index).upsert(any());
        UUID draft = fixtures.draft(wg, 0);
        SystemActor.run("test", () -> drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null,
                "Quokka welfare", "Operators shall assess quokka welfare before deployment.")));
        outbox.drain();
        assertThat(outbox.pending()).isPositive();
        assertThat(outbox.lastError()).contains("index unavailable");
        assertThat(fixtures.as(member, () -> titles(search.search("quokka", Map.of(), 10)))).isEmpty();

        reset(index);
        outbox.drain();
        assertThat(outbox.pending()).isZero();
        assertThat(fixtures.as(member, () -> titles(search.search("quokka", Map.of(), 10)))).anyMatch(t -> t.contains("Quokka welfare"));
        // the clause is the working group's: someone outside it does not find it
        String outsider = fixtures.member(fixtures.workingGroup(), WorkingGroupRole.DELEGATE);
        assertThat(fixtures.as(outsider, () -> titles(search.search("quokka", Map.of(), 10)))).isEmpty();
    }

    @Autowired org.accord.drafting.TranslationService translations;

    @Test
    void translationsAreFoundAsClausesInTheirOwnLanguage() {
        UUID wg = fixtures.workingGroup();
        String member = fixtures.member(wg, WorkingGroupRole.DELEGATE);
        UUID draft = fixtures.draft(wg, 0);
        SystemActor.run("test", () -> {
            UUID clause = drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, "Wombat care",
                    "Operators shall assess wombat welfare."));
            translations.save(draft, clause, "fr", new org.accord.drafting.TranslationEdit("Bien-être des wombats",
                    "Les opérateurs doivent évaluer le bien-être des wombats.", org.accord.drafting.TranslationStatus.OFFICIAL, null, 0));
        });
        outbox.drain();
        List<SearchHit> hits = fixtures.as(member, () -> search.search("opérateurs wombats", Map.of(), 10)).hits();
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.title()).contains("Bien-être des wombats").contains("[fr]");
            assertThat(h.language()).isEqualTo("fr");
            assertThat(h.kind()).isEqualTo(SearchKind.CLAUSE);
        });
    }

    @Test
    void crosswalkSuggestionsSayTheIndexIsDownRatherThanFail() {
        UUID wg = fixtures.workingGroup();
        UUID draft = fixtures.draft(wg, 1);
        UUID clause = SystemActor.call("test", () -> drafting.clauseNumbers(draft).keySet().iterator().next());
        doThrow(new IllegalStateException("connection refused")).when(index).similar(any());
        assertThatThrownBy(() -> SystemActor.call("test", () -> mappings.suggestions(draft, clause, 5)))
                .isInstanceOf(UnavailableException.class)
                .hasMessageContaining("Suggestions are unavailable while the search index is down");
        reset(index);
        assertThatCode(() -> SystemActor.call("test", () -> mappings.suggestions(draft, clause, 5))).doesNotThrowAnyException();
    }

    @Test
    void aFullReindexRebuildsTheIndexFromTheDatabase() {
        UUID wg = fixtures.workingGroup();
        String member = fixtures.member(wg, WorkingGroupRole.DELEGATE);
        UUID draft = fixtures.draft(wg, 0);
        SystemActor.run("test", () -> drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null,
                "Platypus habitats", "Habitats of the platypus shall be protected.")));
        outbox.drain();
        index.deleteAll();
        assertThat(fixtures.as(member, () -> titles(search.search("platypus", Map.of(), 10)))).isEmpty();
        SystemActor.run("test", () -> search.reindexAll());
        outbox.drain();
        assertThat(fixtures.as(member, () -> titles(search.search("platypus", Map.of(), 10)))).anyMatch(t -> t.contains("Platypus habitats"));
        assertThat(SystemActor.call("test", () -> search.status())).satisfies(st -> {
            assertThat(st.pendingChanges()).isZero();
            assertThat(st.reindexProgress()).isEqualTo(-1);
            assertThat(st.documents()).isPositive();
        });
    }

    @Autowired org.accord.drafting.VersionService versions;
    @Autowired org.accord.publishing.PublishingService publishing;

    @Test
    void publishedEditionsAreFoundByAnyone() throws InterruptedException {
        UUID draft = fixtures.draft(fixtures.workingGroup(), 0);
        SystemActor.run("test", () -> {
            drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, "Echidna corridors",
                    "Echidna corridors shall be kept open."));
            versions.freeze(draft, "IS 1", "publish");
            publishing.publish(new org.accord.publishing.NewPublication(draft, "IS 1", "Published for the search integration test."));
        });
        for (int i = 0; i < 200 && SystemActor.call("test", () -> publishing.allPublications()).stream()
                .anyMatch(p -> p.draftId().equals(draft) && p.status().equals("generating")); i++) {
            Thread.sleep(100);
        }
        outbox.drain();
        assertThat(outbox.pending()).isZero();
        String outsider = fixtures.member(fixtures.workingGroup(), WorkingGroupRole.DELEGATE);
        List<SearchHit> hits = fixtures.as(outsider, () -> search.search("echidna", Map.of(), 10)).hits();
        assertThat(hits).extracting(SearchHit::kind).contains(SearchKind.CLAUSE);
        assertThat(hits).allMatch(h -> h.link().startsWith("/standards/"));
    }

    @Test
    void anUnsubmittedCommentIsFoundOnlyByItsAuthorAndItsOrganisationsLead() {
        UUID wg = fixtures.workingGroup();
        UUID orgA = fixtures.organisation("KE");
        UUID orgB = fixtures.organisation("BR");
        String author = fixtures.member(wg, WorkingGroupRole.COMMENTER, orgA, false);
        String lead = fixtures.member(wg, WorkingGroupRole.COMMENTER, orgA, true);
        String otherDelegate = fixtures.member(wg, WorkingGroupRole.DELEGATE, orgB, true);
        UUID authorId = fixtures.as(author, () -> org.accord.identity.IdentityService.actorId());
        index.upsert(List.of(new SearchDocument("comment:test-" + UUID.randomUUID(), SearchKind.COMMENT,
                "KE-007 (not submitted)", "Wombat burrows must be mapped.", "en", "TC", null, null, null, "20.20",
                Set.of("user:" + authorId, "orglead:" + orgA), "/x", Instant.now())));
        assertThat(fixtures.as(author, () -> titles(search.search("wombat", Map.of(), 10)))).hasSize(1);
        assertThat(fixtures.as(lead, () -> titles(search.search("wombat", Map.of(), 10)))).hasSize(1);
        assertThat(fixtures.as(otherDelegate, () -> titles(search.search("wombat", Map.of(), 10)))).isEmpty();
    }

    @Test
    void badQueriesAndAnIndexFailureGiveNoticesNotErrors() {
        String member = fixtures.member(fixtures.workingGroup(), WorkingGroupRole.DELEGATE);
        for (String q : List.of("\"unbalanced", "*", "x".repeat(10_000), "AND OR (")) {
            SearchResult r = fixtures.as(member, () -> search.search(q, Map.of("nonsense", Set.of("x")), 10));
            assertThat(r).isNotNull();
        }
        assertThat(fixtures.as(member, () -> search.search("x".repeat(10_000), Map.of(), 10)).notices())
                .anyMatch(n -> n.contains("first 500 characters"));
        doThrow(new IllegalStateException("Search is unavailable: connection refused")).when(index).search(any());
        try {
            SearchResult r = fixtures.as(member, () -> search.search("anything", Map.of(), 10));
            assertThat(r.hits()).isEmpty();
            assertThat(r.notices()).anyMatch(n -> n.contains("unavailable"));
            // The REST API's path: a 503 (UnavailableException), so an empty result is never a silent outage.
            assertThatThrownBy(() -> fixtures.as(member, () -> search.searchOrFail("anything", Map.of(), 10)))
                    .isInstanceOf(org.accord.shared.UnavailableException.class).hasMessageContaining("Search is unavailable");
        } finally {
            reset(index);
        }
    }
}
