package org.accord.commenting;

import org.accord.drafting.*;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.access.AccessDeniedException;

import java.time.*;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = {org.accord.BackendTestApplication.class, CommentingIntegrationTest.ClockConfig.class})
class CommentingIntegrationTest {

    static final String TEXT = "The deployer shall inform affected persons before use. Records shall be kept for ten years.";

    /** A clock the test can move, to reach a deadline without waiting. */
    static final class MovableClock extends Clock {
        volatile Duration offset = Duration.ZERO;
        public ZoneId getZone() { return ZoneOffset.UTC; }
        public Clock withZone(ZoneId zone) { return this; }
        public Instant instant() { return Instant.now().plus(offset); }
    }

    @TestConfiguration
    static class ClockConfig {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired CommentingService commenting;
    @Autowired DraftingService drafting;
    @Autowired RevisionService revisions;
    @Autowired VersionService versions;
    @Autowired Fixtures fixtures;
    @Autowired MovableClock clock;

    record World(UUID draft, UUID clause, UUID period, String editor, String drafter, String lead, String ngo, String observer) {
    }

    World world(boolean allowLate) {
        clock.offset = Duration.ZERO;
        UUID wg = fixtures.workingGroup();
        UUID draft = fixtures.draft(wg, 0);
        UUID org = fixtures.organisation("KE");
        UUID[] ids = SystemActor.call("test", () -> {
            UUID clause = drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, "Transparency", TEXT));
            versions.freeze(draft, "WD 1", null);
            UUID period = commenting.openPeriod(draft, "WD 1", Instant.now().plus(Duration.ofDays(7)), allowLate, null).id();
            return new UUID[]{clause, period};
        });
        return new World(draft, ids[0], ids[1], fixtures.member(wg, WorkingGroupRole.EDITOR),
                fixtures.member(wg, WorkingGroupRole.DELEGATE, org, false), fixtures.member(wg, WorkingGroupRole.DELEGATE, org, true),
                fixtures.member(wg, WorkingGroupRole.COMMENTER), fixtures.member(wg, WorkingGroupRole.OBSERVER));
    }

    static NewComment te(UUID clause, String quote, String proposed, boolean submit) {
        return new NewComment(clause, CommentType.TE, "Affected persons must also be consulted.", proposed, "3", "para 1",
                quote, null, submit);
    }

    @Test
    void observersDoNotComment() {
        World w = world(false);
        fixtures.as(w.observer(), () -> {
            assertThatThrownBy(() -> commenting.file(w.draft(), te(w.clause(), null, null, true))).isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void anOrganisationDraftIsPrivateUntilItsLeadSubmitsIt() {
        World w = world(false);
        CommentView draft = fixtures.as(w.drafter(), () -> {
            assertThatThrownBy(() -> commenting.file(w.draft(), te(w.clause(), null, null, true)))
                    .hasMessageContaining("lead submits");
            return commenting.file(w.draft(), te(w.clause(), "inform affected persons", "inform and consult affected persons", false));
        });
        assertThat(draft.status()).isEqualTo(CommentStatus.DRAFT);
        assertThat(draft.commentId()).endsWith("-001");
        assertThat(fixtures.as(w.ngo(), () -> commenting.comments(w.draft(), CommentFilter.ALL, 0, 10))).isEmpty();
        fixtures.as(w.ngo(), () -> {
            assertThatThrownBy(() -> commenting.detail(draft.id())).isInstanceOf(NotFoundException.class);
            return null;
        });
        CommentView submitted = fixtures.as(w.lead(), () -> {
            assertThat(commenting.comments(w.draft(), CommentFilter.ALL, 0, 10)).hasSize(1);
            return commenting.submit(draft.id());
        });
        assertThat(submitted.status()).isEqualTo(CommentStatus.SUBMITTED);
        assertThat(fixtures.as(w.ngo(), () -> commenting.comments(w.draft(), CommentFilter.ALL, 0, 10))).hasSize(1);
    }

    @Test
    void theDeadlineRefusesOrMarksLateComments() {
        World strict = world(false);
        clock.offset = Duration.ofDays(8);
        fixtures.as(strict.ngo(), () -> {
            assertThatThrownBy(() -> commenting.file(strict.draft(), te(strict.clause(), null, null, true)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("closed on").hasMessageContaining("UTC");
            return null;
        });
        World lenient = world(true);
        clock.offset = Duration.ofDays(8);
        CommentView late = fixtures.as(lenient.ngo(), () -> commenting.file(lenient.draft(), te(lenient.clause(), null, null, true)));
        assertThat(late.late()).isTrue();
        clock.offset = Duration.ZERO;
    }

    @Test
    void onlyEditorsResolveAndEveryChangeOfDispositionIsKept() {
        World w = world(false);
        CommentView c = fixtures.as(w.ngo(), () -> commenting.file(w.draft(), te(w.clause(), null, null, true)));
        fixtures.as(w.ngo(), () -> {
            assertThatThrownBy(() -> commenting.dispose(c.id(), Resolution.ACCEPTED, "x")).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        fixtures.as(w.lead(), () -> {
            commenting.support(c.id(), true);
            commenting.reply(c.id(), "We agree with <b>this</b>.");
            return null;
        });
        fixtures.as(w.editor(), () -> {
            commenting.dispose(c.id(), Resolution.NOTED, "To be discussed at the next meeting");
            commenting.dispose(c.id(), Resolution.REJECTED, "Out of scope");
            return null;
        });
        CommentDetail d = fixtures.as(w.ngo(), () -> commenting.detail(c.id()));
        assertThat(d.dispositions()).extracting(CommentDetail.Disposition::resolution).containsExactly(Resolution.NOTED, Resolution.REJECTED);
        assertThat(d.comment().observations()).isEqualTo("Rejected. Out of scope");
        assertThat(d.comment().support()).isEqualTo(1);
        assertThat(d.replies()).singleElement().satisfies(r -> assertThat(r.body()).isEqualTo("We agree with <b>this</b>."));
        fixtures.as(w.ngo(), () -> {
            assertThatThrownBy(() -> commenting.support(c.id(), true)).hasMessageContaining("own comment");
            return null;
        });
    }

    @Test
    void anAcceptedProposedChangeIsAppliedAsARevision_evenAfterNearbyEdits() {
        World w = world(false);
        CommentView c = fixtures.as(w.ngo(), () -> commenting.file(w.draft(),
                te(w.clause(), "inform affected persons", "inform and consult affected persons", true)));
        assertThat(c.quote()).isEqualTo("inform affected persons");
        fixtures.as(w.editor(), () -> {
            revisions.revise(w.draft(), w.clause(), new ClauseEdit(1, null, "Scope note first. " + TEXT, "nearby edit"));
            assertThatThrownBy(() -> commenting.apply(c.id())).hasMessageContaining("accepted");
            commenting.dispose(c.id(), Resolution.ACCEPTED, null);
            ApplyResult r = commenting.apply(c.id());
            assertThat(r).isInstanceOfSatisfying(ApplyResult.Applied.class, a -> assertThat(a.revisionNo()).isEqualTo(3));
            assertThat(drafting.clause(w.draft(), w.clause()).text())
                    .isEqualTo("Scope note first. " + TEXT.replace("inform affected persons", "inform and consult affected persons"));
            assertThat(revisions.revisions(w.draft(), w.clause()).getFirst().message()).contains("Applied comment " + c.commentId());
            assertThatThrownBy(() -> commenting.apply(c.id())).hasMessageContaining("Already applied");
            return null;
        });
        assertThat(fixtures.as(w.ngo(), () -> commenting.detail(c.id())).comment().appliedRevision()).isEqualTo(3);
    }

    @Test
    void applyingToARewrittenPassageSaysWhereItLooked() {
        World w = world(false);
        CommentView c = fixtures.as(w.ngo(), () -> commenting.file(w.draft(),
                te(w.clause(), "Records shall be kept for ten years.", "Records shall be kept for twelve years.", true)));
        fixtures.as(w.editor(), () -> {
            revisions.revise(w.draft(), w.clause(), new ClauseEdit(1, null,
                    "The deployer shall inform affected persons before use. Logs are deleted after a month.", "rewrite"));
            commenting.dispose(c.id(), Resolution.ACCEPTED_IN_PRINCIPLE, "Retention to be aligned");
            ApplyResult r = commenting.apply(c.id());
            assertThat(r).isInstanceOfSatisfying(ApplyResult.NotApplicable.class, n -> assertThat(n.reason()).contains("no longer"));
            return null;
        });
        CommentView after = fixtures.as(w.ngo(), () -> commenting.detail(c.id()).comment());
        assertThat(after.anchorStatus()).isEqualTo("OUTDATED");
        assertThat(after.appliedRevision()).isNull();
    }

    @Test
    void anchorsFollowRevisions() {
        World w = world(false);
        CommentView c = fixtures.as(w.ngo(), () -> commenting.file(w.draft(), te(w.clause(), "kept for ten years", null, true)));
        fixtures.as(w.editor(), () -> revisions.revise(w.draft(), w.clause(), new ClauseEdit(1, null, "New first sentence. " + TEXT, "insert")));
        CommentView shifted = fixtures.as(w.ngo(), () -> commenting.detail(c.id()).comment());
        assertThat(shifted.anchorStatus()).isEqualTo("SHIFTED");
        assertThat(shifted.quote()).isEqualTo("kept for ten years");
        assertThat(fixtures.as(w.ngo(), () -> commenting.countsByClause(w.draft()))).containsEntry(w.clause(), 1L);
    }

    @Test
    void badInputIsRefusedWithAReason() {
        World w = world(false);
        fixtures.as(w.ngo(), () -> {
            assertThatThrownBy(() -> commenting.file(w.draft(), new NewComment(w.clause(), CommentType.TE, " ", "x", null, null, null, null, true)))
                    .hasMessageContaining("justification");
            assertThatThrownBy(() -> commenting.file(w.draft(), te(w.clause(), "words that are not there at all", null, true)))
                    .hasMessageContaining("not in clause");
            assertThatThrownBy(() -> commenting.file(w.draft(), new NewComment(w.clause(), CommentType.ED, "", "", null, null, null, null, true)))
                    .hasMessageContaining("proposed change");
            CommentView script = commenting.file(w.draft(), new NewComment(w.clause(), CommentType.ED, "<script>alert(1)</script>", null,
                    null, null, null, null, true));
            assertThat(script.justification()).isEqualTo("<script>alert(1)</script>");
            return null;
        });
    }

    @Test
    void concurrentFilingsByOneOriginatorGetDistinctNumbers() throws Exception {
        World w = world(false);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.List<java.util.concurrent.Future<CommentView>> filed = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            filed.add(pool.submit(() -> fixtures.as(w.ngo(), () -> commenting.file(w.draft(),
                    new NewComment(w.clause(), CommentType.GE, "Parallel " + n, null, null, null, null, null, true)))));
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var f : filed) {
            ids.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS).commentId());
        }
        pool.shutdown();
        assertThat(ids).hasSize(12);
    }
}
