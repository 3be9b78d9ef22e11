package org.accord.shared.live;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Live updates through a real PostgreSQL: on commit only, to every listening node, and again after a lost connection. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class LiveUpdatesIntegrationTest {

    record Ping(UUID id, String note) {
    }

    @Autowired LiveUpdates live;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : cleanup.reversed()) {
            c.close();
        }
    }

    private BlockingQueue<Ping> inbox(LiveUpdates bus) {
        BlockingQueue<Ping> q = new LinkedBlockingQueue<>();
        cleanup.add(bus.subscribe(Ping.class, q::add));
        return q;
    }

    /** A second node: its own bus and listener connection on the same database. */
    private LiveUpdates otherNode() {
        LiveUpdates bus = new LiveUpdates(jdbc, "accord_live");
        PostgresListener listener = new PostgresListener(dataSource, bus, Duration.ofSeconds(2));
        listener.start();
        cleanup.add(bus);
        cleanup.add(listener::stop);
        return bus;
    }

    private static Ping next(BlockingQueue<Ping> q) throws InterruptedException {
        return q.poll(10, TimeUnit.SECONDS);
    }

    @Test
    void aCommittedChangeReachesEveryNodeAndARolledBackOneNone() throws Exception {
        BlockingQueue<Ping> here = inbox(live);
        BlockingQueue<Ping> there = inbox(otherNode());
        Thread.sleep(500); // the second listener connects
        Ping rolledBack = new Ping(UUID.randomUUID(), "rolled back");
        tx.executeWithoutResult(s -> {
            live.publish(rolledBack);
            s.setRollbackOnly();
        });
        Ping committed = new Ping(UUID.randomUUID(), "committed");
        tx.executeWithoutResult(s -> live.publish(committed));

        assertThat(next(here)).isEqualTo(committed);
        assertThat(next(there)).isEqualTo(committed);
        assertThat(here).isEmpty();
    }

    @Test
    void manyEventsInOneRoundTripArriveAllOnCommit() throws Exception {
        BlockingQueue<Ping> other = inbox(otherNode());
        Thread.sleep(500); // the second listener connects
        List<Ping> sent = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sent.add(new Ping(UUID.randomUUID(), "n" + i));
        }
        tx.executeWithoutResult(s -> live.publishAll(sent));
        List<Ping> got = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            got.add(next(other));
        }
        assertThat(got).containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void theListenerComesBackAfterItsConnectionIsKilledAndSaysSo() throws Exception {
        LiveUpdates node = otherNode();
        BlockingQueue<Ping> there = inbox(node);
        BlockingQueue<String> resumed = new LinkedBlockingQueue<>();
        cleanup.add(node.onResume(() -> resumed.add("resumed")));
        Thread.sleep(500);
        assertThat(live.listeningNodes()).isEqualTo(2);

        // What a database restart does to every session: the server ends them.
        jdbc.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?",
                PostgresListener.APPLICATION_NAME);

        assertThat(resumed.poll(15, TimeUnit.SECONDS)).isEqualTo("resumed");
        Ping after = new Ping(UUID.randomUUID(), "after the restart");
        live.publish(after);
        assertThat(next(there)).isEqualTo(after);
    }
}
