package org.accord.drafting;

import org.accord.shared.InvalidInputException;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class RevisionsAndVersionsIntegrationTest {

    static final String TEXT = """
            The provider shall document the risk management process.

            The deployer shall inform affected persons before use.

            Records shall be kept for ten years.""";

    @Autowired DraftingService drafting;
    @Autowired RevisionService revisions;
    @Autowired VersionService versions;
    @Autowired Fixtures fixtures;

    record Setup(UUID draft, UUID clause, String editor, String editor2, String delegate) {
    }

    Setup setup() {
        UUID wg = fixtures.workingGroup();
        UUID draft = fixtures.draft(wg, 0);
        UUID clause = SystemActor.call("test", () -> drafting.addClause(draft, null,
                new NewClause(ClauseKind.NORMATIVE, null, "Risk management", TEXT)));
        return new Setup(draft, clause, fixtures.member(wg, WorkingGroupRole.EDITOR), fixtures.member(wg, WorkingGroupRole.EDITOR),
                fixtures.member(wg, WorkingGroupRole.DELEGATE));
    }

    @Test
    void everySaveIsARevisionWithAuthorAndMessage() {
        Setup s = setup();
        SaveResult r = fixtures.as(s.editor(), () -> revisions.revise(s.draft(), s.clause(),
                new ClauseEdit(1, null, TEXT.replace("ten", "twelve"), "Longer retention")));
        assertThat(r).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> {
            assertThat(saved.revisionNo()).isEqualTo(2);
            assertThat(saved.merged()).isFalse();
        });
        List<RevisionInfo> history = fixtures.as(s.delegate(), () -> revisions.revisions(s.draft(), s.clause()));
        assertThat(history).extracting(RevisionInfo::revisionNo).containsExactly(2, 1);
        assertThat(history.getFirst().message()).isEqualTo("Longer retention");
        assertThat(history.getFirst().author()).startsWith("Test ");
        ClauseRedline redline = fixtures.as(s.delegate(), () -> revisions.compare(s.draft(), s.clause(), 1, 2));
        assertThat(redline.inlineHtml()).contains("<del>ten</del>", "<ins>twelve</ins>");
    }

    @Test
    void concurrentNonOverlappingEditsMergeAndOverlappingOnesConflict() {
        Setup s = setup();
        fixtures.as(s.editor(), () -> revisions.revise(s.draft(), s.clause(),
                new ClauseEdit(1, null, TEXT.replace("document the", "document and publish the"), "publish")));

        SaveResult second = fixtures.as(s.editor2(), () -> revisions.revise(s.draft(), s.clause(),
                new ClauseEdit(1, null, TEXT.replace("ten years", "at least ten years"), "minimum")));
        assertThat(second).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> {
            assertThat(saved.merged()).isTrue();
            assertThat(saved.revisionNo()).isEqualTo(3);
            assertThat(saved.body()).contains("document and publish the", "at least ten years");
        });

        SaveResult third = fixtures.as(s.editor2(), () -> revisions.revise(s.draft(), s.clause(),
                new ClauseEdit(1, null, TEXT.replace("document the", "describe the"), "clash")));
        assertThat(third).isInstanceOfSatisfying(SaveResult.Conflict.class, c -> {
            assertThat(c.currentRevision()).isEqualTo(3);
            assertThat(c.currentBody()).contains("document and publish the");
            assertThat(c.yourBody()).contains("describe the");
        });
        assertThat(fixtures.as(s.editor(), () -> revisions.revisions(s.draft(), s.clause()))).hasSize(3);
    }

    @Test
    void delegatesReadButDoNotEdit() {
        Setup s = setup();
        fixtures.as(s.delegate(), () -> {
            assertThat(drafting.canEdit(s.draft())).isFalse();
            assertThatThrownBy(() -> revisions.revise(s.draft(), s.clause(), new ClauseEdit(1, null, "x", null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> versions.freeze(s.draft(), "WD 1", null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drafting.changeStage(s.draft(), "30.20", "go")).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThat(fixtures.as(s.editor(), () -> drafting.canEdit(s.draft()))).isTrue();
    }

    @Test
    void versionsAreFrozenAndComparedClauseByClause() {
        Setup s = setup();
        UUID[] ids = fixtures.as(s.editor(), () -> {
            UUID scope = drafting.addClause(s.draft(), null, new NewClause(ClauseKind.NORMATIVE, null, "Scope", "Old scope."));
            UUID doomed = drafting.addClause(s.draft(), null, new NewClause(ClauseKind.NORMATIVE, null, "Doomed", "Bye."));
            assertThat(versions.suggestLabel(s.draft())).isEqualTo("WD 1");
            versions.freeze(s.draft(), "WD 1", "first working draft");
            return new UUID[]{scope, doomed};
        });
        UUID scope = ids[0];
        UUID doomed = ids[1];
        fixtures.as(s.editor(), () -> {
            revisions.revise(s.draft(), scope, new ClauseEdit(1, null, "New scope.", "scope"));
            drafting.moveClause(s.draft(), scope, null, 0);
            drafting.deleteClause(s.draft(), doomed);
            drafting.addClause(s.draft(), null, new NewClause(ClauseKind.NORMATIVE, null, "Fresh", "New."));
            versions.freeze(s.draft(), "WD 2", null);
            assertThatThrownBy(() -> versions.freeze(s.draft(), "WD 2", null)).isInstanceOf(InvalidInputException.class);
            return null;
        });

        DocumentDiff diff = fixtures.as(s.delegate(), () -> versions.compare(s.draft(), "WD 1", "WD 2"));
        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.deleted()).isEqualTo(1);
        assertThat(diff.moved()).isEqualTo(1);
        assertThat(diff.clauses()).filteredOn(c -> c.clauseId().equals(scope)).singleElement().satisfies(c -> {
            assertThat(c.fromNumber()).isEqualTo("2");
            assertThat(c.toNumber()).isEqualTo("1");
            assertThat(c.textChanged()).isTrue();
        });
        assertThat(diff.clauses()).filteredOn(c -> c.clauseId().equals(doomed)).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(DocumentComparison.Status.DELETED));

        List<ClauseNode> wd1 = fixtures.as(s.delegate(), () -> versions.tree(s.draft(), "WD 1"));
        assertThat(wd1).extracting(ClauseNode::heading).containsExactly("1 Risk management", "2 Scope", "3 Doomed");
        assertThat(wd1.get(1).text()).isEqualTo("Old scope.");
        assertThat(fixtures.as(s.delegate(), () -> versions.versions(s.draft()))).extracting(VersionSummary::label)
                .containsExactly("WD 1", "WD 2");
        assertThat(fixtures.as(s.delegate(), () -> versions.compare(s.draft(), "WD 2", "current")).clauses())
                .allMatch(c -> c.status() == DocumentComparison.Status.UNCHANGED);
    }

    @Test
    void secretariatMovesStagesWithAReasonAndPublishedTextIsFrozen() {
        Setup s = setup();
        SystemActor.run("test", () -> {
            assertThatThrownBy(() -> drafting.changeStage(s.draft(), "30.20", " ")).hasMessageContaining("why");
            drafting.changeStage(s.draft(), "30.20", "WG consensus on WD 3");
            drafting.changeStage(s.draft(), "60.60", "Published");
            assertThat(drafting.stageHistory(s.draft())).extracting(StageHistoryEntry::toStage)
                    .containsExactly("20.20", "30.20", "60.60");
            assertThat(drafting.stageHistory(s.draft()).get(1).reason()).isEqualTo("WG consensus on WD 3");
        });
        fixtures.as(s.editor(), () -> {
            assertThat(drafting.canEdit(s.draft())).isFalse();
            assertThatThrownBy(() -> revisions.revise(s.draft(), s.clause(), new ClauseEdit(1, null, "x", null)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("frozen");
            return null;
        });
    }

    @Test
    void aVisitShowsWhatOthersChangedSinceTheLastOne() {
        Setup s = setup();
        assertThat(fixtures.as(s.delegate(), () -> drafting.visit(s.draft()))).isEmpty();
        fixtures.as(s.editor(), () -> revisions.revise(s.draft(), s.clause(), new ClauseEdit(1, null, TEXT + " More.", "more")));
        List<ClauseActivity> changes = fixtures.as(s.delegate(), () -> drafting.visit(s.draft()));
        assertThat(changes).singleElement().satisfies(a -> {
            assertThat(a.clauseId()).isEqualTo(s.clause());
            assertThat(a.number()).isEqualTo("1");
            assertThat(a.revisionNo()).isEqualTo(2);
        });
        assertThat(fixtures.as(s.delegate(), () -> drafting.visit(s.draft()))).isEmpty();
    }

    @Test
    void movingUnderItsOwnSubClauseIsRefused() {
        Setup s = setup();
        fixtures.as(s.editor(), () -> {
            UUID child = drafting.addClause(s.draft(), s.clause(), new NewClause(ClauseKind.NORMATIVE, null, "Child", ""));
            assertThatThrownBy(() -> drafting.moveClause(s.draft(), s.clause(), child, 0))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("under itself");
            return null;
        });
    }
}
