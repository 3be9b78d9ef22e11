package org.accord.search;

import org.accord.drafting.ClauseKind;
import org.accord.drafting.DraftingService;
import org.accord.drafting.NewClause;
import org.accord.shared.security.SystemActor;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times the real full rebuild: clauses saved in PostgreSQL through DraftingService, then "rebuild the index"
 * (outbox row → SearchDocuments reads every draft through the services → the on-disk Lucene index, one replace per
 * draft). Not a test of speed; run with {@code -Daccord.benchmarks=true} (size: {@code accord.benchmarks.drafts},
 * {@code accord.benchmarks.clauses} per draft).
 */
@EnabledIfSystemProperty(named = "accord.benchmarks", matches = "true")
@SpringBootTest(classes = org.accord.BackendTestApplication.class, properties = "accord.search.drain-interval=PT1H")
class SearchRebuildTimingTest {

    private static final List<String> WORDS = List.of("transparency", "risk", "documentation", "oversight", "data",
            "governance", "accountability", "impact", "assessment", "monitoring", "incident", "provider", "deployer",
            "record", "quality", "fairness", "robustness", "security", "human", "review", "shall", "system", "model");

    @Autowired SearchOutbox outbox;
    @Autowired SearchService search;
    @Autowired SearchIndex index;
    @Autowired DraftingService drafting;
    @Autowired Fixtures fixtures;

    @Test
    void rebuildFromTheDatabase() {
        int drafts = Integer.getInteger("accord.benchmarks.drafts", 40);
        int clauses = Integer.getInteger("accord.benchmarks.clauses", 250);
        Random random = new Random(42);
        UUID wg = fixtures.workingGroup();
        long t0 = System.nanoTime();
        for (int d = 0; d < drafts; d++) {
            UUID draft = fixtures.draft(wg, 0);
            SystemActor.run("bench", () -> {
                for (int c = 0; c < clauses; c++) {
                    drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, sentence(random, 3),
                            sentence(random, 60)));
                }
            });
        }
        long created = System.nanoTime() - t0;
        while (outbox.pending() > 0) { // a drain takes at most 4,000 rows; each saved clause queued one
            outbox.drain();
        }
        long before = index.count();

        SystemActor.run("bench", search::reindexAll);
        long t1 = System.nanoTime();
        outbox.drain(); // the one "ALL" row
        long rebuilt = System.nanoTime() - t1;
        assertThat(outbox.pending()).isZero();
        assertThat(index.count()).isEqualTo(before).isGreaterThanOrEqualTo((long) drafts * clauses);
        System.out.printf("SearchRebuildTimingTest: %d drafts x %d clauses saved through DraftingService in %,d ms; "
                        + "full rebuild from the database (%,d documents in the index) in %,d ms (%.0f documents/s)%n",
                drafts, clauses, created / 1_000_000, index.count(), rebuilt / 1_000_000,
                index.count() / (rebuilt / 1e9));
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return s.toString();
    }
}
