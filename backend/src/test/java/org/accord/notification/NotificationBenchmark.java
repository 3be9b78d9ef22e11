package org.accord.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.accord.balloting.BallotService;
import org.accord.balloting.NewBallot;
import org.accord.balloting.tally.RuleSpec;
import org.accord.identity.IdentityService;
import org.accord.identity.NewUser;
import org.accord.notification.internal.FanOutWorker;
import org.accord.notification.internal.MailWorker;
import org.accord.notification.internal.NotificationOutbox;
import org.accord.shared.security.PlatformRole;
import org.accord.shared.security.SystemActor;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.*;

/**
 * Measured, never asserted (run alone: {@code ./mvnw -o -pl backend -am test -Dtest=NotificationBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; its name keeps it out of the normal test run). A working group with
 * 2,000 seated voters (written straight to the tables: bcrypt for 2,000 accounts would take minutes); ballots opened
 * through the service with and without the notification outbox; then the fan-out and the mails to a local GreenMail.
 */
@SpringBootTest(classes = org.accord.BackendTestApplication.class,
        properties = {"accord.notifications.fan-out-interval=PT1H", "accord.notifications.send-interval=PT1H",
                "accord.notifications.digest-interval=PT1H", "accord.notifications.reminder-interval=PT1H",
                "accord.ballots.close-check=PT1H", "logging.level.com.icegreen=warn"})
class NotificationBenchmark {

    static final int VOTERS = 2000;
    static final int ROUNDS = 5;
    static int smtpPort;
    static GreenMail smtp;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            smtpPort = s.getLocalPort();
        }
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> smtpPort);
    }

    @Autowired BallotService ballots;
    @Autowired IdentityService identity;
    @Autowired NotificationOutbox outbox;
    @Autowired FanOutWorker fanOut;
    @Autowired MailWorker mails;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void startSmtp() {
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void openingABallotFor2000Voters() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        UUID wg = fixtures.workingGroup();
        String sec = fixtures.unique("sec").toLowerCase();
        SystemActor.run("bench", () -> identity.createUser(new NewUser(sec, "Secretariat", sec + "@example.org",
                "accord-demo", Set.of(PlatformRole.SECRETARIAT))));
        seat(wg, VOTERS);
        StringBuilder report = new StringBuilder("Opening a ballot for " + VOTERS + " seated voters\n");

        // warm-up, then alternate with / without so drift hits both alike
        open(wg, sec, "warm-up");
        fanOut.drain();
        List<Long> with = new ArrayList<>(), without = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            ReflectionTestUtils.setField(outbox, "enabled", false);
            without.add(open(wg, sec, "without " + i));
            ReflectionTestUtils.setField(outbox, "enabled", true);
            with.add(open(wg, sec, "with " + i));
        }
        report.append("open() request, ms, with notifications: ").append(with).append(" median ").append(median(with))
                .append("\nopen() request, ms, without notifications: ").append(without).append(" median ")
                .append(median(without)).append('\n');
        jdbc.update("delete from notification_event where fanned_out_at is null");
        jdbc.update("delete from notification_delivery");

        long t0 = System.nanoTime();
        open(wg, sec, "measured");
        long opened = System.nanoTime();
        UUID event = jdbc.queryForObject("select id from notification_event where fanned_out_at is null", UUID.class);
        int events = fanOut.drain();
        long fanned = System.nanoTime();
        Integer inApp = jdbc.queryForObject("select count(*) from notification where event_id = ?", Integer.class, event);
        Integer deliveries = jdbc.queryForObject("select count(*) from notification_delivery", Integer.class);
        report.append("request ").append(ms(opened - t0)).append(" ms; fan-out of ").append(events).append(" event: ")
                .append(ms(fanned - opened)).append(" ms -> ").append(deliveries).append(" email deliveries, ")
                .append(inApp).append(" in-app rows\n");
        int sent = 0;
        long s0 = System.nanoTime();
        while (sent < deliveries) {
            int n = mails.sendDue();
            if (n == 0) {
                break;
            }
            sent += n;
        }
        long s1 = System.nanoTime();
        report.append("SMTP: ").append(sent).append(" mails to GreenMail in ").append(ms(s1 - s0)).append(" ms (")
                .append(String.format(Locale.ROOT, "%.0f", sent / ((s1 - s0) / 1e9))).append(" per s), received ")
                .append(smtp.getReceivedMessages().length).append('\n');
        System.out.println("\n===== NotificationBenchmark =====\n" + report + "=================================\n");
    }

    private long open(UUID wg, String sec, String title) {
        long t = System.nanoTime();
        fixtures.as(sec, () -> ballots.open(new NewBallot(wg, null, null, "Adopt it", title, RuleSpec.Preset.ISO_CD, null,
                null, null, null, false, null, Instant.now().plus(Duration.ofDays(7)))));
        return ms(System.nanoTime() - t);
    }

    /** Voters straight into the tables (accounts with an unusable password, applications, one confirmed allocation). */
    private void seat(UUID wg, int n) {
        Timestamp now = Timestamp.from(Instant.now());
        UUID allocation = UUID.randomUUID();
        jdbc.update("insert into seat_allocation (id, working_group_id, number, mode, status, plan_snapshot, result, created_at, "
                + "created_by) values (?, ?, 1, 'MERIT', 'CONFIRMED', '{}', '{}', ?, ?)", allocation, wg, now, SystemActor.ID);
        List<Object[]> users = new ArrayList<>(), apps = new ArrayList<>(), holders = new ArrayList<>();
        String[] lang = {"en", "fr", "es", "ar"};
        for (int i = 0; i < n; i++) {
            UUID u = UUID.randomUUID(), a = UUID.randomUUID();
            String name = "bench-" + u.toString().substring(0, 8) + "-" + i;
            users.add(new Object[]{u, name, "Voter " + i, name + "@example.org", "!", now, lang[i % 4]});
            apps.add(new Object[]{a, wg, u, "KE", "SME", "bench", i + 1, now});
            holders.add(new Object[]{UUID.randomUUID(), wg, allocation, a, u, i + 1, "bench", "", new java.sql.Date(System.currentTimeMillis())});
        }
        jdbc.batchUpdate("insert into user_account (id, username, display_name, email, password_hash, created_at, preferred_language) "
                + "values (?, ?, ?, ?, ?, ?, ?)", users);
        jdbc.batchUpdate("insert into seat_application (id, working_group_id, user_id, country, stakeholder_groups, statement, "
                + "merit_rank, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?)", apps);
        jdbc.batchUpdate("insert into seat_holder (id, working_group_id, allocation_id, application_id, user_id, seat_number, "
                + "reason, counts_toward, term_start) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", holders);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
