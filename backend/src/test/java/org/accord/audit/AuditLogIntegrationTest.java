package org.accord.audit;

import org.accord.drafting.ClauseEdit;
import org.accord.drafting.DraftingService;
import org.accord.drafting.RevisionService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit log on real PostgreSQL: append-only in the database, transactional, one chain under concurrency. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class AuditLogIntegrationTest {

    @Autowired AuditService audit;
    @Autowired DraftingService drafting;
    @Autowired RevisionService revisions;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    private long rowsOf(UUID draft) {
        return SystemActor.call("test", () -> audit.count(AuditFilter.ofDraft(draft)));
    }

    @Test
    void theDatabaseRefusesToChangeDeleteOrTruncateAuditRowsEvenForTheOwner() {
        UUID draft = fixtures.draft(fixtures.workingGroup(), 1);
        long seq = jdbc.queryForObject("select max(seq) from audit_log where draft_id = ?", Long.class, draft);
        assertThatThrownBy(() -> jdbc.update("update audit_log set actor_name = 'mallory' where seq = ?", seq))
                .hasMessageContaining("never changed or deleted");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where seq = ?", seq))
                .hasMessageContaining("never changed or deleted");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log")).hasMessageContaining("never changed or deleted");
        assertThat(jdbc.queryForObject("select actor_name from audit_log where seq = ?", String.class, seq)).isEqualTo("system:test");
        // privileges too, for deployments whose app user is not a superuser
        assertThat(jdbc.queryForList("select privilege_type from information_schema.role_table_grants "
                + "where table_name = 'audit_log' and grantee = current_user", String.class))
                .doesNotContain("UPDATE", "DELETE", "TRUNCATE");
    }

    @Test
    void aRolledBackChangeLeavesNoRowAndACommittedOneAlwaysHasOne() {
        UUID draft = fixtures.draft(fixtures.workingGroup(), 1);
        long before = rowsOf(draft);
        long head = jdbc.queryForObject("select seq from audit_chain_head", Long.class);

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            SystemActor.run("test", () -> drafting.changeStage(draft, "30.20", "Committee draft"));
            tx.setRollbackOnly();
        });
        assertThat(rowsOf(draft)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select seq from audit_chain_head", Long.class))
                .as("the chain head rolled back too: no gap").isEqualTo(head);

        assertThatThrownBy(() -> SystemActor.run("test", () -> drafting.changeStage(draft, "30.20", " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(rowsOf(draft)).isEqualTo(before);

        SystemActor.run("test", () -> drafting.changeStage(draft, "30.20", "Committee draft"));
        List<AuditRecord> rows = SystemActor.call("test", () -> audit.entries(AuditFilter.ofDraft(draft)
                .narrowedTo("STAGE_CHANGED", null, null, null), 0, 10));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.actorName()).isEqualTo("system:test");
            assertThat(r.before()).containsEntry("stage", "20.20");
            assertThat(r.after()).containsEntry("stage", "30.20").containsEntry("reason", "Committee draft");
        });
    }

    @Test
    void concurrentWritersFormOneValidChain() throws Exception {
        UUID wg = fixtures.workingGroup();
        UUID draft = fixtures.draft(wg, 8);
        String editor = fixtures.member(wg, WorkingGroupRole.EDITOR);
        List<UUID> clauses = SystemActor.call("test", () -> new ArrayList<>(drafting.clauseNumbers(draft).keySet()));
        int perClause = 5;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (UUID clause : clauses) {
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 1; i <= perClause; i++) {
                    int base = i;
                    fixtures.as(editor, () -> revisions.revise(draft, clause, new ClauseEdit(base, null, "Text " + base + " of " + clause, "r" + base)));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        pool.shutdown();
        System.out.printf("audit: %d concurrent revisions on 8 threads in %d ms%n", clauses.size() * perClause, ms);

        List<AuditRecord> revised = SystemActor.call("test", () -> audit.entries(AuditFilter.ofDraft(draft)
                .narrowedTo("CLAUSE_REVISED", null, null, null), 0, 100));
        assertThat(revised).hasSize(clauses.size() * perClause).allSatisfy(r -> assertThat(r.actorName()).isEqualTo(editor));
        assertThat(revised).extracting(AuditRecord::seq).doesNotHaveDuplicates();
        AuditVerification v = SystemActor.call("test", () -> audit.verify());
        assertThat(v.problems()).isEmpty();
        assertThat(v.valid()).isTrue();
        assertThat(v.headHash()).isEqualTo(jdbc.queryForObject("select head_hash from audit_chain_head", String.class));
    }

    @Test
    void anOpenTransactionHoldsTheChainOnlyWhileItCommits() throws Exception {
        UUID wg = fixtures.workingGroup();
        UUID slowDraft = fixtures.draft(wg, 0);
        UUID fastDraft = fixtures.draft(wg, 0);
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch fastDone = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> slow = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            SystemActor.run("slow", () -> drafting.changeStage(slowDraft, "30.20", "Slow transaction"));
            recorded.countDown();
            try {
                fastDone.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(recorded.await(20, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        SystemActor.run("fast", () -> drafting.changeStage(fastDraft, "30.20", "Fast transaction"));
        long ms = (System.nanoTime() - started) / 1_000_000;
        fastDone.countDown();
        slow.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(ms).as("not queued behind a transaction that recorded but has not committed").isLessThan(10_000);
        long fastSeq = jdbc.queryForObject("select seq from audit_log where draft_id = ? and kind = 'STAGE_CHANGED'", Long.class, fastDraft);
        long slowSeq = jdbc.queryForObject("select seq from audit_log where draft_id = ? and kind = 'STAGE_CHANGED'", Long.class, slowDraft);
        assertThat(fastSeq).as("rows are chained in commit order").isLessThan(slowSeq);
        assertThat(SystemActor.call("test", () -> audit.verify()).valid()).isTrue();
    }

    @Test
    void convenorsEditorsAndStaffReadADraftsLogDelegatesAndObserversDoNot() {
        UUID wg = fixtures.workingGroup();
        UUID draft = fixtures.draft(wg, 1);
        String convenor = fixtures.member(wg, WorkingGroupRole.CONVENOR);
        String editor = fixtures.member(wg, WorkingGroupRole.EDITOR);
        String delegate = fixtures.member(wg, WorkingGroupRole.DELEGATE);
        String observer = fixtures.member(wg, WorkingGroupRole.OBSERVER);
        String outsider = fixtures.member(fixtures.workingGroup(), WorkingGroupRole.CONVENOR);

        assertThat(fixtures.as(convenor, () -> audit.entries(AuditFilter.ofDraft(draft), 0, 10))).isNotEmpty();
        assertThat(fixtures.as(editor, () -> audit.count(AuditFilter.ofWorkingGroup(wg)))).isPositive();
        assertThat(fixtures.as(editor, () -> audit.mayView(draft))).isTrue();
        for (String who : List.of(delegate, observer)) {
            assertThat(fixtures.as(who, () -> audit.mayView(draft))).isFalse();
            assertThatThrownBy(() -> fixtures.as(who, () -> audit.entries(AuditFilter.ofDraft(draft), 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> audit.csv(AuditFilter.ofWorkingGroup(wg))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> fixtures.as(outsider, () -> audit.count(AuditFilter.ofDraft(draft))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(convenor, () -> audit.count(new AuditFilter(null, null, null, null, null, null))))
                .as("the platform-wide log is for the secretariat and administrators").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(convenor, () -> audit.verify())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(convenor, () -> audit.entries(AuditFilter.ofDraft(draft)
                .narrowedTo("NOT_A_KIND", null, null, null), 0, 10))).isInstanceOf(InvalidInputException.class);

        String csv = fixtures.as(convenor, () -> audit.csv(AuditFilter.ofDraft(draft)));
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("seq,occurred_at_utc,actor,").endsWith("previous_hash,entry_hash");
        assertThat(csv).contains("DRAFT_CREATED").contains("CLAUSE_ADDED");
    }
}
