package org.accord.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.balloting.NewBallot;
import org.accord.balloting.tally.RuleSpec;
import org.accord.identity.IdentityService;
import org.accord.identity.NewUser;
import org.accord.membership.*;
import org.accord.membership.seats.CountingRule;
import org.accord.notification.internal.*;
import org.accord.shared.InvalidInputException;
import org.accord.shared.security.PlatformRole;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.*;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole pipeline against a real SMTP server (GreenMail on a free loopback port): domain event → outbox row →
 * fan-out → in-app rows and emails. The workers' schedules are set far apart; each test drives them by hand.
 */
@SpringBootTest(classes = org.accord.BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"accord.notifications.fan-out-interval=PT1H", "accord.notifications.send-interval=PT1H",
                "accord.notifications.digest-interval=PT1H", "accord.notifications.reminder-interval=PT1H",
                "accord.notifications.retry-first=PT1S", "accord.notifications.token-secret=test-secret-0123456789abcdef"})
class NotificationIntegrationTest {

    static final int SMTP_PORT = freePort();
    static GreenMail smtp;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP_PORT);
        r.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        r.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
    }

    @Autowired BallotService ballots;
    @Autowired SeatService seats;
    @Autowired IdentityService identity;
    @Autowired NotificationService notifications;
    @Autowired Fixtures fixtures;
    @Autowired FanOutWorker fanOut;
    @Autowired MailWorker mailWorker;
    @Autowired DigestWorker digests;
    @Autowired NotificationOutbox outbox;
    @Autowired ReminderScheduler reminders;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    UUID wg;
    String secretariat;
    String nonVoter;
    final List<String> voters = new ArrayList<>();

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void seatFourVoters() throws Exception {
        drainEverything();
        smtp.purgeEmailFromAllMailboxes();
        wg = fixtures.workingGroup();
        secretariat = fixtures.unique("sec").toLowerCase();
        SystemActor.run("test", () -> identity.createUser(new NewUser(secretariat, "Secretariat",
                secretariat + "@example.org", "accord-demo", Set.of(PlatformRole.SECRETARIAT))));
        asSec(() -> seats.saveSeatPlan(wg, new SeatPlanSpec(4, CountingRule.COUNT_TOWARD_ALL, null, null, true, false,
                null, null, List.of(), null)));
        String[][] people = {{"KE", "SME"}, {"DE", "INDUSTRY"}, {"BR", "CIVIL_SOCIETY"}, {"FR", "ACADEMIA"}};
        List<UUID> apps = new ArrayList<>();
        for (String[] p : people) {
            String name = fixtures.unique("voter").toLowerCase();
            SystemActor.run("test", () -> identity.createUser(new NewUser(name, "Voter " + name, name + "@example.org",
                    "accord-demo", Set.of())));
            apps.add(fixtures.as(name, () -> seats.apply(wg, new NewSeatApplication(null, p[0], List.of(p[1]), "Hi"))));
            voters.add(name);
        }
        asSec(() -> {
            seats.rank(wg, apps);
            return seats.confirm(wg, seats.allocate(wg, AllocationMode.MERIT, null).id());
        });
        nonVoter = fixtures.member(wg, WorkingGroupRole.OBSERVER);
        // the French voter reads in French, in Paris
        fixtures.as(voters.get(3), () -> {
            identity.setMyLanguage("fr");
            notifications.setMyTimeZone("Europe/Paris");
            return null;
        });
        drainEverything(); // "you are seated" mails of the setup
        jdbc.update("delete from notification");
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void openingABallotSendsExactlyOneLocalizedMailPerVoterAndNoneToOthers() throws Exception {
        BallotSummary b = openBallot("DIS ballot on CD 2");

        // the request wrote one outbox row, not one per voter
        assertThat(jdbc.queryForObject("select count(*) from notification_event where topic = 'BALLOT_OPENED' "
                + "and fanned_out_at is null", Integer.class)).isEqualTo(1);
        drainEverything();

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(4);
        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage m : mails) {
            assertThat(m.getAllRecipients()).hasSize(1);
            byRecipient.put(recipient(m), m);
        }
        assertThat(byRecipient.keySet()).containsExactlyInAnyOrderElementsOf(
                voters.stream().map(v -> v + "@example.org").toList());
        MimeMessage french = byRecipient.get(voters.get(3) + "@example.org");
        assertThat(french.getSubject()).isEqualTo("Scrutin " + b.number() + " ouvert : DIS ballot on CD 2");
        String frenchText = text(french);
        assertThat(frenchText).contains("vous y votez").contains("Europe/Paris").contains("UTC");
        MimeMessage english = byRecipient.get(voters.get(0) + "@example.org");
        assertThat(english.getSubject()).isEqualTo("Ballot " + b.number() + " open: DIS ballot on CD 2");
        assertThat(text(english)).contains(" UTC").contains("/ballots/" + wg);
        assertThat(html(english)).contains("<a href=\"http://localhost:8080/ballots/" + wg);
        assertThat(english.getHeader("List-Unsubscribe")[0]).startsWith("<http://localhost:8080/email/unsubscribe?token=");
        assertThat(english.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

        // in-app for every voter, nothing for the observer
        for (String v : voters) {
            NotificationPage page = fixtures.as(v, () -> notifications.myNotifications(0, 10));
            assertThat(page.items()).extracting(NotificationView::topic).containsExactly(NotificationTopic.BALLOT_OPENED);
            assertThat(page.unread()).isEqualTo(1);
        }
        assertThat(fixtures.as(nonVoter, () -> notifications.myNotifications(0, 10)).items()).isEmpty();
        NotificationPage fr = fixtures.as(voters.get(3), () -> notifications.myNotifications(0, 10));
        assertThat(fr.items().getFirst().title()).startsWith("Scrutin");

        // read one, read all
        fixtures.as(voters.get(0), () -> {
            notifications.markRead(notifications.myNotifications(0, 1).items().getFirst().id());
            return null;
        });
        assertThat(fixtures.as(voters.get(0), notifications::myUnreadCount)).isZero();
        assertThat(fixtures.as(voters.get(1), notifications::markAllRead)).isEqualTo(1);
        UUID someoneElses = fixtures.as(voters.get(2), () -> notifications.myNotifications(0, 1)).items().getFirst().id();
        assertThatThrownBy(() -> fixtures.as(voters.get(1), () -> {
            notifications.markRead(someoneElses);
            return null;
        })).isInstanceOf(org.accord.shared.NotFoundException.class);
    }

    @Test
    void digestGathersSeveralEventsInOneMailAndTheNextDigestDoesNotRepeatThem() throws Exception {
        String reader = voters.get(0);
        fixtures.as(reader, () -> notifications.updateMyPreferences(withMode(notifications.myPreferences(),
                NotificationTopic.BALLOT_OPENED, EmailMode.DIGEST)));
        openBallot("First");
        openBallot("Second");
        openBallot("Third");
        fanOut.drain();
        mailWorker.sendDue();
        assertThat(mailsTo(reader)).isEmpty(); // waiting for the digest; the others got theirs at once
        assertThat(digests.sendDue()).isZero(); // the items arrived after the latest slot: wait for the next one

        ageWaitingItems(Duration.ofDays(2));
        assertThat(digests.sendDue()).isEqualTo(1);
        assertThat(digests.sendDue()).isZero();
        List<MimeMessage> first = mailsTo(reader);
        assertThat(first).hasSize(1);
        assertThat(first.getFirst().getSubject()).isEqualTo("Accord digest: 3 updates");
        assertThat(text(first.getFirst())).contains("First").contains("Second").contains("Third");

        openBallot("Fourth");
        fanOut.drain();
        ageWaitingItems(Duration.ofDays(2));
        assertThat(digests.sendDue()).isZero(); // today's slot is served already
        // a day later: yesterday's digest is the one sent
        jdbc.update("update notification_settings set last_digest_slot = last_digest_slot - interval '1 day'");
        jdbc.update("update notification_digest set slot = slot - interval '1 day'");
        assertThat(digests.sendDue()).isEqualTo(1);
        List<MimeMessage> both = mailsTo(reader);
        assertThat(both).hasSize(2);
        MimeMessage second = both.stream().filter(m -> !m.equals(first.getFirst())).findFirst().orElseThrow();
        assertThat(second.getSubject()).isEqualTo("Accord digest: 1 updates");
        assertThat(text(second)).contains("Fourth").doesNotContain("First").doesNotContain("Third");
    }

    @Test
    void unsubscribeLinkWorksWithoutSignInAndATamperedTokenIsRefused() throws Exception {
        openBallot("Link ballot");
        drainEverything();
        MimeMessage mail = mailsTo(voters.get(0)).getFirst();
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "")
                .replace("http://localhost:8080", "http://127.0.0.1:" + port);
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(unsubscribe.replace("/unsubscribe", "/preferences")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\" action=\"/email/preferences\"").contains("mode_BALLOT_OPENED");

        String token = unsubscribe.substring(unsubscribe.indexOf("token=") + 6);
        char last = token.charAt(token.length() - 1);
        String tampered = unsubscribe.substring(0, unsubscribe.length() - 1) + (last == 'A' ? 'B' : 'A');
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(tampered))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("This link is not valid");
        assertThat(fixtures.as(voters.get(0), notifications::myPreferences).emailEnabled()).isTrue();

        HttpResponse<String> oneClick = http.send(HttpRequest.newBuilder(URI.create(unsubscribe))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(fixtures.as(voters.get(0), notifications::myPreferences).emailEnabled()).isFalse();

        smtp.purgeEmailFromAllMailboxes();
        openBallot("After unsubscribing");
        drainEverything();
        assertThat(mailsTo(voters.get(0))).isEmpty();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        // in-app continues
        assertThat(fixtures.as(voters.get(0), () -> notifications.myNotifications(0, 10)).items()).hasSize(2);
    }

    @Test
    void whenSmtpIsDownTheActionSucceedsAndTheRetryDeliversExactlyOnce() throws Exception {
        smtp.stop();
        try {
            BallotSummary b = openBallot("While the mail server is down");
            assertThat(b.status()).isEqualTo("OPEN");
            fanOut.drain();
            assertThat(mailWorker.sendDue()).isZero();
            assertThat(jdbc.queryForObject("select count(*) from notification_delivery where status = 'PENDING' "
                    + "and attempts = 1 and last_error is not null", Integer.class)).isEqualTo(4);
        } finally {
            smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        Thread.sleep(1200); // the first retry waits 1 s in this test (30 s by default)
        assertThat(mailWorker.sendDue()).isEqualTo(4);
        assertThat(mailWorker.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(4);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> recipient(m)).distinct().count()).isEqualTo(4);
    }

    @Test
    void theSameOutboxRowProcessedTwiceGivesOneMail() throws Exception {
        openBallot("Twice");
        UUID event = jdbc.queryForObject("select id from notification_event where fanned_out_at is null", UUID.class);
        String payload = jdbc.queryForObject("select payload from notification_event where id = ?", String.class, event);
        fanOut.drain();
        // as if a node died after fanning out but before marking the row, and the event was recorded again
        jdbc.update("update notification_event set fanned_out_at = null where id = ?", event);
        assertThat(outbox.enqueue(new tools.jackson.databind.json.JsonMapper().readValue(payload, Envelope.class))).isFalse();
        fanOut.drain();
        mailWorker.sendDue();
        fanOut.drain();
        mailWorker.sendDue();
        assertThat(smtp.getReceivedMessages()).hasSize(4);
        assertThat(jdbc.queryForObject("select count(*) from notification where event_id = ?", Integer.class, event)).isEqualTo(4);
    }

    @Test
    void lineBreaksInATitleAddNoHeaderAndNoRecipient() throws Exception {
        openBallot("Title\r\nBcc: x@evil.example\r\nX-Injected: yes");
        drainEverything();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(4);
        for (MimeMessage m : mails) {
            assertThat(m.getSubject()).doesNotContain("\r").doesNotContain("\n").contains("Title Bcc: x@evil.example");
            assertThat(m.getRecipients(Message.RecipientType.BCC)).isNull();
            assertThat(m.getRecipients(Message.RecipientType.CC)).isNull();
            assertThat(m.getHeader("X-Injected")).isNull();
            assertThat(m.getAllRecipients()).hasSize(1);
        }
        assertThat(smtp.getReceivedMessagesForDomain("evil.example")).isEmpty();
    }

    @Test
    void invalidEmailAddressesAreRefusedWhereTheyEnter() {
        for (String bad : List.of("no-at-sign", "a@b", "two@example.org, three@example.org", "x@example.org\r\nBcc: y@evil.example",
                "Name <x@example.org>", "x@exa mple.org")) {
            String name = fixtures.unique("bad").toLowerCase();
            assertThatThrownBy(() -> SystemActor.run("test", () -> identity.createUser(new NewUser(name, "Bad", bad,
                    "accord-demo", Set.of())))).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("is not a valid email address");
            assertThatThrownBy(() -> fixtures.as(voters.get(0), () -> {
                identity.setMyEmail(bad);
                return null;
            })).isInstanceOf(InvalidInputException.class);
        }
        fixtures.as(voters.get(0), () -> {
            identity.setMyEmail("  New.Address@Example.ORG ");
            return null;
        });
        assertThat(fixtures.as(voters.get(0), notifications::myPreferences).email()).isEqualTo("New.Address@example.org");
        assertThatThrownBy(() -> fixtures.as(voters.get(0), () -> notifications.updateMyPreferences(
                withZone(notifications.myPreferences(), "Mars/Olympus")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a time zone");
    }

    @Test
    void bouncesAreRecordedAndRepeatedHardBouncesStopMailUntilTheAddressChanges() throws Exception {
        String victim = voters.get(1);
        for (int i = 0; i < 3; i++) {
            asSec(() -> notifications.reportBounce(new BounceReport(victim + "@example.org", true, "550 5.1.1 user unknown")));
        }
        // the MTA's webhook: REST, secretariat only
        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"email\":\"" + victim + "@example.org\",\"permanent\":false,\"reason\":\"452 mailbox full\"}";
        HttpResponse<String> asVoter = http.send(bounceRequest(voters.get(0), body), HttpResponse.BodyHandlers.ofString());
        assertThat(asVoter.statusCode()).isEqualTo(403);
        HttpResponse<String> reported = http.send(bounceRequest(secretariat, body), HttpResponse.BodyHandlers.ofString());
        assertThat(reported.statusCode()).isEqualTo(201);
        assertThat(reported.body()).contains("452 mailbox full");
        List<EmailBounce> mine = fixtures.as(victim, notifications::myBounces);
        assertThat(mine).hasSize(4).allMatch(b -> b.source().equals("REPORT"));
        assertThat(fixtures.as(victim, notifications::myPreferences).emailSuspended()).isTrue();
        UUID victimId = identity(victim);
        assertThat(asSec(() -> notifications.bounces(victimId))).hasSize(4);
        assertThatThrownBy(() -> fixtures.as(voters.get(0), () -> notifications.bounces(victimId)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        openBallot("After bounces");
        drainEverything();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(mailsTo(victim)).isEmpty();
        assertThat(fixtures.as(victim, () -> notifications.myNotifications(0, 5)).items()).hasSize(1); // in-app still

        fixtures.as(victim, () -> {
            identity.setMyEmail(victim + "@new.example.org");
            return null;
        });
        assertThat(fixtures.as(victim, notifications::myPreferences).emailSuspended()).isFalse();
        openBallot("After the address changed");
        drainEverything();
        assertThat(smtp.getReceivedMessagesForDomain("new.example.org")).hasSize(1);
    }

    @Test
    void mandatoryTopicsIgnoreOffForEmail() throws Exception {
        String reader = voters.get(2);
        fixtures.as(reader, () -> notifications.updateMyPreferences(withMode(notifications.myPreferences(),
                NotificationTopic.BALLOT_OPENED, EmailMode.OFF)));
        openBallot("Not mandatory yet");
        drainEverything();
        assertThat(mailsTo(reader)).isEmpty();
        assertThat(fixtures.as(reader, () -> notifications.myNotifications(0, 5)).items()).isEmpty();

        MandatoryTopic m = asSec(() -> notifications.makeMandatory(NotificationTopic.BALLOT_OPENED, wg));
        assertThat(fixtures.as(reader, notifications::myPreferences).mandatory()).contains(NotificationTopic.BALLOT_OPENED);
        openBallot("Mandatory now");
        drainEverything();
        assertThat(mailsTo(reader)).hasSize(1);
        asSec(() -> {
            notifications.removeMandatory(m.id());
            return null;
        });
    }

    @Test
    void aBallotClosingReminderGoesOnceToVotersWhoHaveNotVoted() throws Exception {
        BallotSummary b = asSec(() -> ballots.open(new NewBallot(wg, null, null, "Adopt it", "Closing soon",
                RuleSpec.Preset.ISO_CD, null, null, null, null, false, null, Instant.now().plus(Duration.ofHours(30)))));
        fixtures.as(voters.get(0), () -> ballots.cast(b.id(), new org.accord.balloting.CastVote(
                org.accord.balloting.tally.Position.APPROVE, List.of(), null)));
        drainEverything();
        smtp.purgeEmailFromAllMailboxes();

        assertThat(reminders.remind(Instant.now().plus(Duration.ofHours(5)))).isZero(); // 25 h before the close
        Instant inWindow = Instant.now().plus(Duration.ofHours(7));
        assertThat(reminders.remind(inWindow)).isEqualTo(1);
        assertThat(reminders.remind(inWindow.plus(Duration.ofHours(1)))).isZero(); // same reminder: not again
        drainEverything();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotificationIntegrationTest::recipient).toList())
                .containsExactlyInAnyOrder(voters.get(1) + "@example.org", voters.get(2) + "@example.org",
                        voters.get(3) + "@example.org");
        assertThat(mailsTo(voters.get(1)).getFirst().getSubject()).isEqualTo("Ballot " + b.number()
                + " closes in 24 hours: Closing soon");

        // extended: a new close, a new reminder when its window comes
        asSec(() -> ballots.extend(b.id(), Instant.now().plus(Duration.ofHours(60))));
        assertThat(reminders.remind(inWindow)).isZero();
        assertThat(reminders.remind(Instant.now().plus(Duration.ofHours(37)))).isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    private BallotSummary openBallot(String title) {
        return asSec(() -> ballots.open(new NewBallot(wg, null, null, "Adopt it", title, RuleSpec.Preset.ISO_CD, null,
                null, null, null, false, null, Instant.now().plus(Duration.ofDays(7)))));
    }

    private HttpRequest bounceRequest(String user, String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/notifications/bounces"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":accord-demo").getBytes()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private void drainEverything() {
        fanOut.drain();
        mailWorker.sendDue();
    }

    private void ageWaitingItems(Duration by) {
        jdbc.update("update notification_delivery set created_at = created_at - (? || ' seconds')::interval "
                + "where status = 'DIGEST'", String.valueOf(by.toSeconds()));
    }

    private List<MimeMessage> mailsTo(String username) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).contains(username + "@")).toList();
    }

    private static String recipient(MimeMessage m) {
        try {
            return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID identity(String username) {
        return asSec(() -> identity.findByUsername(username).orElseThrow().id());
    }

    private static String text(MimeMessage m) throws Exception {
        return part(m, "text/plain");
    }

    private static String html(MimeMessage m) throws Exception {
        return part(m, "text/html");
    }

    private static String part(jakarta.mail.Part p, String type) throws Exception {
        if (p.isMimeType(type)) {
            return String.valueOf(p.getContent());
        }
        if (p.getContent() instanceof MimeMultipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String s = part(mp.getBodyPart(i), type);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private static NotificationPreferences withMode(NotificationPreferences p, NotificationTopic t, EmailMode m) {
        Map<NotificationTopic, EmailMode> modes = new EnumMap<>(p.modes());
        modes.put(t, m);
        return new NotificationPreferences(modes, p.mandatory(), p.rhythm(), p.digestHour(), p.digestDay(), p.emailEnabled(),
                p.timeZone(), p.language(), p.email(), p.emailSuspended());
    }

    private static NotificationPreferences withZone(NotificationPreferences p, String zone) {
        return new NotificationPreferences(p.modes(), p.mandatory(), p.rhythm(), p.digestHour(), p.digestDay(),
                p.emailEnabled(), zone, p.language(), p.email(), p.emailSuspended());
    }

    private <T> T asSec(Supplier<T> work) {
        return fixtures.as(secretariat, work);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
