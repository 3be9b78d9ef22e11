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

    @Autowired org.accord.commenting.CommentingService commenting;
    @Autowired org.accord.membership.MembershipService membership;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * Through the real path: a comment filed as an organisation draft with CommentingService, indexed by the outbox
     * from SearchDocuments. Lead status is per working group: X's lead in another group does not find it.
     */
    @Test
    void anUnsubmittedCommentIsFoundOnlyByItsAuthorAndItsOrganisationsLeadInThatWorkingGroup() {
        UUID wg1 = fixtures.workingGroup();
        UUID wg2 = fixtures.workingGroup();
        UUID orgX = fixtures.organisation("KE");
        UUID orgY = fixtures.organisation("BR");
        String author = fixtures.member(wg2, WorkingGroupRole.COMMENTER, orgX, false);
        String leadX = fixtures.member(wg2, WorkingGroupRole.DELEGATE, orgX, true);
        String delegateY = fixtures.member(wg2, WorkingGroupRole.DELEGATE, orgY, true);
        // X's lead in WG 1, a plain member for X in WG 2
        String leadElsewhere = fixtures.member(wg1, WorkingGroupRole.DELEGATE, orgX, true);
        UUID leadElsewhereId = fixtures.as(leadElsewhere, org.accord.identity.IdentityService::actorId);
        SystemActor.run("test", () -> membership.addMember(wg2, leadElsewhereId, WorkingGroupRole.COMMENTER, orgX));
        UUID draft = fixtures.draft(wg2, 0);
        UUID clause = SystemActor.call("test", () -> {
            UUID c = drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, "Burrows", "Burrows shall be mapped."));
            versions.freeze(draft, "CD 1", null);
            commenting.openPeriod(draft, "CD 1", Instant.now().plus(java.time.Duration.ofDays(5)), false, null);
            return c;
        });
        UUID comment = fixtures.as(author, () -> commenting.file(draft, new org.accord.commenting.NewComment(clause,
                org.accord.commenting.CommentType.TE, "Numbat burrows are missing from the survey.", null, null, null,
                null, null, false))).id();
        outbox.drain();
        assertThat(outbox.pending()).isZero();

        assertThat(fixtures.as(author, () -> titles(search.search("numbat", Map.of(), 10)))).hasSize(1);
        assertThat(fixtures.as(leadX, () -> titles(search.search("numbat", Map.of(), 10)))).hasSize(1)
                .allMatch(t -> t.contains("not submitted"));
        assertThat(fixtures.as(delegateY, () -> titles(search.search("numbat", Map.of(), 10))))
                .as("another organisation's delegate").isEmpty();
        assertThat(fixtures.as(leadElsewhere, () -> titles(search.search("numbat", Map.of(), 10))))
                .as("X's lead in another working group").isEmpty();

        fixtures.as(leadX, () -> commenting.submit(comment));
        outbox.drain();
        assertThat(fixtures.as(delegateY, () -> titles(search.search("numbat", Map.of(), 10))))
                .as("once submitted, every member finds it").hasSize(1).noneMatch(t -> t.contains("not submitted"));
        assertThat(fixtures.as(leadElsewhere, () -> titles(search.search("numbat", Map.of(), 10)))).hasSize(1);
    }

    /**
     * The rebuild keeps its progress in the database (every node reads it there), does not empty the index first
     * (what was found before is found throughout) and drops what the database no longer has.
     */
    @Test
    void aFullReindexShowsItsProgressKeepsSearchCompleteAndDropsWhatIsGone() {
        UUID wg = fixtures.workingGroup();
        String member = fixtures.member(wg, WorkingGroupRole.DELEGATE);
        UUID draft = fixtures.draft(wg, 0);
        fixtures.draft(wg, 1); // at least two groups, so there is a middle
        SystemActor.run("test", () -> drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null,
                "Bilby burrows", "Bilby burrows shall be protected.")));
        outbox.drain();
        // a document of a group the database no longer has
        String ghost = "clause:ghost-" + UUID.randomUUID();
        String ghostGroup = "draft:" + UUID.randomUUID();
        index.upsert(List.of(new SearchDocument(ghost, SearchKind.CLAUSE, "Ghost bilby", "A bilby clause whose draft is gone.",
                "en", "TC", null, null, null, "20.20", Set.of("wg:" + wg), "/x", Instant.now())));
        jdbc.update("insert into search_entry (doc_id, grp) values (?, ?)", ghost, ghostGroup);
        assertThat(fixtures.as(member, () -> titles(search.search("bilby", Map.of(), 10)))).hasSize(2);

        List<Double> progress = new ArrayList<>();
        List<Integer> foundDuring = new ArrayList<>();
        org.mockito.Mockito.doAnswer(call -> {
            progress.add(SystemActor.call("test", () -> search.status()).reindexProgress());
            foundDuring.add(fixtures.as(member, () -> search.search("bilby", Map.of(), 10)).hits().size());
            return call.callRealMethod();
        }).when(index).upsert(any());
        try {
            SystemActor.run("test", () -> search.reindexAll());
            outbox.drain();
        } finally {
            reset(index);
        }
        assertThat(progress).hasSizeGreaterThan(1).allMatch(p -> p >= 0 && p < 1);
        assertThat(progress).as("a value in the middle of the rebuild").anyMatch(p -> p > 0);
        assertThat(progress).as("rising").isSorted();
        assertThat(foundDuring).as("search stays complete while the rebuild runs").allMatch(n -> n >= 1);
        assertThat(fixtures.as(member, () -> titles(search.search("bilby", Map.of(), 10))))
                .as("the ghost is dropped, the clause stays").hasSize(1).allMatch(t -> t.contains("Bilby burrows"));
        assertThat(jdbc.queryForObject("select count(*) from search_entry where grp = ?", Long.class, ghostGroup)).isZero();
        assertThat(SystemActor.call("test", () -> search.status()).reindexProgress()).isEqualTo(-1);
    }

    @Test
    void aWithdrawnOrSupersededPublicationIsReindexedWithItsStatus() throws InterruptedException {
        UUID draft = fixtures.draft(fixtures.workingGroup(), 0);
        SystemActor.run("test", () -> {
            drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, "Quoll dens", "Quoll dens shall be kept."));
            versions.freeze(draft, "IS 1", "publish");
            publishing.publish(new org.accord.publishing.NewPublication(draft, "IS 1", "Published for the search integration test without a ballot."));
        });
        UUID first = awaitPublished(draft, 1);
        outbox.drain();
        assertThat(publicationStatusFound("withdrawn", first)).isFalse();

        SystemActor.run("test", () -> publishing.withdraw(first, "Replaced by a corrected text"));
        assertThat(outbox.pending()).as("withdrawal queues a reindex").isPositive();
        outbox.drain();
        assertThat(publicationStatusFound("withdrawn", first)).isTrue();

        UUID other = fixtures.draft(fixtures.workingGroup(), 0);
        SystemActor.run("test", () -> {
            drafting.addClause(other, null, new NewClause(ClauseKind.NORMATIVE, null, "Quoll dens", "Quoll dens shall be kept."));
            versions.freeze(other, "IS 1", "publish");
            publishing.publish(new org.accord.publishing.NewPublication(other, "IS 1", "First edition, published without a ballot for this test."));
        });
        UUID older = awaitPublished(other, 1);
        SystemActor.run("test", () -> {
            drafting.addClause(other, null, new NewClause(ClauseKind.NORMATIVE, null, "Quoll food", "Quolls shall be fed."));
            versions.freeze(other, "IS 2", "publish");
            publishing.publish(new org.accord.publishing.NewPublication(other, "IS 2", "Second edition, published without a ballot for this test."));
        });
        awaitPublished(other, 2);
        outbox.drain();
        assertThat(publicationStatusFound("superseded", older)).isTrue();
    }

    private UUID awaitPublished(UUID draft, int editions) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            List<org.accord.publishing.PublicationSummary> all = SystemActor.call("test", () -> publishing.allPublications())
                    .stream().filter(p -> p.draftId().equals(draft)).toList();
            if (all.size() >= editions && all.stream().noneMatch(p -> p.status().equals("generating"))) {
                return all.stream().max(java.util.Comparator.comparing(org.accord.publishing.PublicationSummary::publishedAt))
                        .orElseThrow().id();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("publication of " + draft + " not generated");
    }

    private boolean publicationStatusFound(String status, UUID publication) {
        return index.search(new SearchQuery(status, Map.of("kind", Set.of("PUBLICATION")), Set.of("public"), 100)).hits()
                .stream().anyMatch(h -> h.id().equals("publication:" + publication));
    }

    /** A query the engine refuses is read again as plain words (then 400); only an outage is a 503; a bug stays a bug. */
    @Test
    void aRefusedQueryIsNotAnOutage() {
        String member = fixtures.member(fixtures.workingGroup(), WorkingGroupRole.DELEGATE);
        try {
            doThrow(new IllegalArgumentException("cannot parse")).doCallRealMethod().when(index).search(any());
            SearchResult again = fixtures.as(member, () -> search.searchOrFail("transparency ( [x", Map.of(), 10));
            assertThat(again.notices()).contains(SearchQuery.PLAIN_WORDS);
            org.mockito.Mockito.verify(index, org.mockito.Mockito.atLeastOnce()).search(org.mockito.ArgumentMatchers.argThat(
                    q -> q.text().equals("transparency x")));

            reset(index);
            doThrow(new IllegalArgumentException("cannot parse")).when(index).search(any());
            assertThatThrownBy(() -> fixtures.as(member, () -> search.searchOrFail("anything", Map.of(), 10)))
                    .isInstanceOf(org.accord.shared.InvalidInputException.class).hasMessage(SearchService.UNREADABLE);
            assertThat(fixtures.as(member, () -> search.search("anything", Map.of(), 10)).notices()).contains(SearchService.UNREADABLE);

            reset(index);
            doThrow(new java.io.UncheckedIOException(new java.io.IOException("disk gone"))).when(index).search(any());
            assertThatThrownBy(() -> fixtures.as(member, () -> search.searchOrFail("anything", Map.of(), 10)))
                    .isInstanceOf(UnavailableException.class);

            reset(index);
            doThrow(new NullPointerException("a bug")).when(index).search(any());
            assertThatThrownBy(() -> fixtures.as(member, () -> search.searchOrFail("anything", Map.of(), 10)))
                    .as("a fault of ours is not passed off as an outage").isInstanceOf(NullPointerException.class);
        } finally {
            reset(index);
        }
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
