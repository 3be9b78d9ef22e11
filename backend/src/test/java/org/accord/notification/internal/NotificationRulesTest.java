package org.accord.notification.internal;

import jakarta.mail.internet.InternetAddress;
import org.accord.balloting.BallotOpened;
import org.accord.commenting.CommentResponded;
import org.accord.commenting.CommentedClauseRevised;
import org.accord.identity.EmailAddresses;
import org.accord.notification.DigestRhythm;
import org.accord.notification.EmailMode;
import org.accord.notification.NotificationTopic;
import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.*;
import java.util.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notification rules as plain code, without Spring or a database. */
class NotificationRulesTest {

    static final UUID A = UUID.randomUUID(), B = UUID.randomUUID(), C = UUID.randomUUID();

    // ---------------------------------------------------------------- who is notified

    @Test
    void aBallotOpeningIsForItsVotersResolvedLaterAndHasAStableId() {
        BallotOpened e = new BallotOpened(UUID.randomUUID(), 7, UUID.randomUUID(), null, "DIS ballot",
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-15T10:00:00Z"));
        Envelope env = EventCatalog.ballotOpened(e);
        assertThat(env.topic()).isEqualTo(NotificationTopic.BALLOT_OPENED);
        assertThat(env.audience()).isEqualTo(Audience.of(Audience.Kind.BALLOT_VOTERS, e.ballotId()));
        assertThat(env.link()).isEqualTo("/ballots/" + e.workingGroupId());
        assertThat(EventCatalog.ballotOpened(e).eventId()).isEqualTo(env.eventId());
    }

    @Test
    void closingRemindersGoToVotersWhoHaveNotVotedAndDifferPerDeadlineAndThreshold() {
        UUID ballot = UUID.randomUUID();
        Instant close = Instant.parse("2026-12-15T10:00:00Z");
        Envelope a = EventCatalog.ballotClosing(ballot, 1, "t", UUID.randomUUID(), close, Duration.ofHours(24));
        assertThat(a.audience().kind()).isEqualTo(Audience.Kind.BALLOT_VOTERS_WITHOUT_VOTE);
        assertThat(EventCatalog.ballotClosing(ballot, 1, "t", UUID.randomUUID(), close.plusSeconds(3600), Duration.ofHours(24))
                .eventId()).isNotEqualTo(a.eventId()); // extended: a new reminder
    }

    @Test
    void nobodyIsToldOfTheirOwnReplyOrSupport() {
        UUID comment = UUID.randomUUID();
        assertThat(EventCatalog.commentResponded(new CommentResponded(comment, "NG-001", UUID.randomUUID(), UUID.randomUUID(),
                A, A, null), UUID.randomUUID(), "D", "Ana", null)).isEmpty();
        Envelope reply = EventCatalog.commentResponded(new CommentResponded(comment, "NG-001", UUID.randomUUID(),
                UUID.randomUUID(), A, B, null), UUID.randomUUID(), "D", "Ben", null).orElseThrow();
        assertThat(reply.topic()).isEqualTo(NotificationTopic.COMMENT_REPLY);
        assertThat(reply.audience().users()).containsExactly(A);
        Envelope support = EventCatalog.commentResponded(new CommentResponded(comment, "NG-001", UUID.randomUUID(),
                UUID.randomUUID(), A, B, false), UUID.randomUUID(), "D", "Ben", null).orElseThrow();
        assertThat(support.topic()).isEqualTo(NotificationTopic.COMMENT_SUPPORT);
        assertThat(support.params()).containsEntry("supports", "false");
    }

    @Test
    void aRevisedClauseTellsCommentersOnceAndThoseWhoseAnchorGotLostThatInstead() {
        CommentedClauseRevised e = new CommentedClauseRevised(UUID.randomUUID(), UUID.randomUUID(), 4, Set.of(A, B, C),
                Set.of(UUID.randomUUID()), Set.of(B));
        List<Envelope> out = EventCatalog.commentedClauseRevised(e, C, "ISO 1", "5.2", null);
        assertThat(out).extracting(Envelope::topic).containsExactly(NotificationTopic.COMMENTED_CLAUSE_REVISED,
                NotificationTopic.COMMENT_ANCHOR_OUTDATED);
        assertThat(out.get(0).audience().users()).containsExactlyInAnyOrder(A, C);
        assertThat(out.get(1).audience().users()).containsExactly(B);
        // the editor who revised it (C) commented too, but is not told of their own revision
        assertThat(EventCatalog.recipients(out.get(0), out.get(0).audience().users())).containsExactly(A);
    }

    // ---------------------------------------------------------------- preferences

    @Test
    void preferencesDecideInAppAndEmailAndMandatoryTopicsIgnoreOff() {
        Map<NotificationTopic, EmailMode> chosen = Map.of(NotificationTopic.BALLOT_OPENED, EmailMode.OFF,
                NotificationTopic.COMMENT_DISPOSED, EmailMode.DIGEST);
        Set<NotificationTopic> none = Set.of();
        assertThat(PreferenceRules.decide(NotificationTopic.BALLOT_OPENED, chosen, true, none, true))
                .isEqualTo(new PreferenceRules.Decision(false, PreferenceRules.Email.NONE));
        assertThat(PreferenceRules.decide(NotificationTopic.COMMENT_DISPOSED, chosen, true, none, true))
                .isEqualTo(new PreferenceRules.Decision(true, PreferenceRules.Email.DIGEST));
        // default: deadlines at once, chatter in the digest
        assertThat(PreferenceRules.decide(NotificationTopic.BALLOT_CLOSING, chosen, true, none, true).email())
                .isEqualTo(PreferenceRules.Email.IMMEDIATE);
        assertThat(PreferenceRules.decide(NotificationTopic.COMMENT_REPLY, chosen, true, none, true).email())
                .isEqualTo(PreferenceRules.Email.DIGEST);
        // unsubscribed from email: in-app only
        assertThat(PreferenceRules.decide(NotificationTopic.BALLOT_CLOSING, chosen, false, none, true))
                .isEqualTo(new PreferenceRules.Decision(true, PreferenceRules.Email.NONE));
        // mandatory: OFF and unsubscribe are ignored, at once
        Set<NotificationTopic> mandatory = Set.of(NotificationTopic.BALLOT_OPENED, NotificationTopic.COMMENT_DISPOSED);
        assertThat(PreferenceRules.decide(NotificationTopic.BALLOT_OPENED, chosen, false, mandatory, true))
                .isEqualTo(new PreferenceRules.Decision(true, PreferenceRules.Email.IMMEDIATE));
        assertThat(PreferenceRules.decide(NotificationTopic.COMMENT_DISPOSED, chosen, true, mandatory, true).email())
                .isEqualTo(PreferenceRules.Email.IMMEDIATE);
        // no usable address (none, or suspended after bounces): in-app only, even when mandatory
        assertThat(PreferenceRules.decide(NotificationTopic.BALLOT_OPENED, chosen, true, mandatory, false))
                .isEqualTo(new PreferenceRules.Decision(true, PreferenceRules.Email.NONE));
    }

    // ---------------------------------------------------------------- digest windows

    @Test
    void aDailyDigestFollowsTheLocalHourAcrossTimeZones() {
        Instant now = Instant.parse("2026-11-24T06:30:00Z");
        // Tokyo (UTC+9): 15:30 local, the 08:00 slot today was 23:00 UTC yesterday
        assertThat(DigestSchedule.latestSlot(DigestRhythm.DAILY, 8, DayOfWeek.MONDAY, ZoneId.of("Asia/Tokyo"), now))
                .isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
        // Bogotá (UTC-5): 01:30 local, so the latest 08:00 was yesterday's, 13:00 UTC
        assertThat(DigestSchedule.latestSlot(DigestRhythm.DAILY, 8, DayOfWeek.MONDAY, ZoneId.of("America/Bogota"), now))
                .isEqualTo(Instant.parse("2026-11-23T13:00:00Z"));
        Instant lastSent = Instant.parse("2026-11-23T23:00:00Z");
        assertThat(DigestSchedule.due(DigestRhythm.DAILY, 8, DayOfWeek.MONDAY, ZoneId.of("Asia/Tokyo"), lastSent, now)).isFalse();
        assertThat(DigestSchedule.due(DigestRhythm.DAILY, 8, DayOfWeek.MONDAY, ZoneId.of("Asia/Tokyo"), lastSent,
                Instant.parse("2026-11-24T23:00:00Z"))).isTrue();
        assertThat(DigestSchedule.due(DigestRhythm.DAILY, 8, DayOfWeek.MONDAY, ZoneOffset.UTC, null, now)).isTrue();
    }

    @Test
    void aWeeklyDigestGoesOutOnTheChosenLocalDayAndHourAlsoOverDaylightSavingChanges() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        // Tuesday 24 Nov 2026; weekly on Monday 18:00 Paris (UTC+1) → Monday 23 Nov 17:00 UTC
        assertThat(DigestSchedule.latestSlot(DigestRhythm.WEEKLY, 18, DayOfWeek.MONDAY, paris,
                Instant.parse("2026-11-24T12:00:00Z"))).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
        // on Monday before 18:00 the slot is last week's
        assertThat(DigestSchedule.latestSlot(DigestRhythm.WEEKLY, 18, DayOfWeek.MONDAY, paris,
                Instant.parse("2026-11-23T16:59:00Z"))).isEqualTo(Instant.parse("2026-11-16T17:00:00Z"));
        // summer time (UTC+2) starts 29 March 2026: Monday 30 March 18:00 Paris is 16:00 UTC
        assertThat(DigestSchedule.latestSlot(DigestRhythm.WEEKLY, 18, DayOfWeek.MONDAY, paris,
                Instant.parse("2026-03-31T00:00:00Z"))).isEqualTo(Instant.parse("2026-03-30T16:00:00Z"));
        // a 02:00 slot on the night the clocks jump forward moves to 03:00 local (01:00 UTC)
        assertThat(DigestSchedule.latestSlot(DigestRhythm.DAILY, 2, DayOfWeek.MONDAY, paris,
                Instant.parse("2026-03-29T05:00:00Z"))).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    }

    // ---------------------------------------------------------------- reminders

    @Test
    void closingRemindersFireOnceEachOnlyInsideTheirWindowAndNotRetroactively() {
        Instant deadline = Instant.parse("2026-12-10T12:00:00Z");
        Instant opened = deadline.minus(Duration.ofDays(10));
        List<Duration> t = EventCatalog.COMMENT_PERIOD_REMINDERS;
        assertThat(Reminders.due(opened, deadline, deadline.minus(Duration.ofHours(73)), t)).isEmpty();
        assertThat(Reminders.due(opened, deadline, deadline.minus(Duration.ofHours(71)), t)).containsExactly(Duration.ofHours(72));
        assertThat(Reminders.due(opened, deadline, deadline.minus(Duration.ofHours(23)), t))
                .containsExactly(Duration.ofHours(72), Duration.ofHours(24)); // ids make the 72 h one a no-op then
        assertThat(Reminders.due(opened, deadline, deadline, t)).isEmpty();
        // a period opened 48 h before its deadline gets no "72 h" reminder
        assertThat(Reminders.due(deadline.minus(Duration.ofHours(48)), deadline, deadline.minus(Duration.ofHours(30)), t)).isEmpty();
        assertThat(Reminders.due(deadline.minus(Duration.ofHours(48)), deadline, deadline.minus(Duration.ofHours(20)), t))
                .containsExactly(Duration.ofHours(24));
    }

    // ---------------------------------------------------------------- tokens

    @Test
    void signedLinksNameTheirPersonAndRefuseTamperingOtherPurposesAndExpiry() {
        LinkTokens tokens = new LinkTokens("0123456789abcdef0123".getBytes(StandardCharsets.UTF_8));
        UUID user = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-24T10:00:00Z");
        String token = tokens.sign(user, "preferences", now.plus(Duration.ofDays(60)));
        assertThat(tokens.verify(token, "preferences", now).userId()).isEqualTo(user);

        String flipped = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
        assertThatThrownBy(() -> tokens.verify(flipped, "preferences", now)).isInstanceOf(LinkTokens.Refused.class);
        String otherSig = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThatThrownBy(() -> tokens.verify(otherSig, "preferences", now)).hasMessageContaining("not valid");
        assertThatThrownBy(() -> tokens.verify(token, "unsubscribe", now)).hasMessageContaining("meant for something else");
        assertThatThrownBy(() -> tokens.verify(token, "preferences", now.plus(Duration.ofDays(61)))).hasMessageContaining("expired");
        assertThatThrownBy(() -> new LinkTokens("another-key-0123456789".getBytes(StandardCharsets.UTF_8))
                .verify(token, "preferences", now)).hasMessageContaining("not valid");
        assertThatThrownBy(() -> tokens.verify("garbage", "preferences", now)).isInstanceOf(LinkTokens.Refused.class);
        assertThatThrownBy(() -> tokens.verify(null, "preferences", now)).isInstanceOf(LinkTokens.Refused.class);
    }

    // ---------------------------------------------------------------- backoff

    @Test
    void retriesBackOffExponentiallyUpToSixHoursThenGiveUp() {
        Backoff b = Backoff.standard();
        assertThat(b.after(1)).contains(Duration.ofSeconds(30));
        assertThat(b.after(2)).contains(Duration.ofMinutes(1));
        assertThat(b.after(3)).contains(Duration.ofMinutes(2));
        assertThat(b.after(10)).contains(Duration.ofSeconds(30 * 512));
        assertThat(b.after(11)).contains(Duration.ofHours(6)); // 30 s × 1024 would be 8.5 h
        assertThat(b.after(Backoff.MAX_ATTEMPTS - 1)).contains(Duration.ofHours(6));
        assertThat(b.after(Backoff.MAX_ATTEMPTS)).isEmpty();
    }

    // ---------------------------------------------------------------- texts, headers, addresses

    @Test
    void subjectsLoseLineBreaksAndControlCharacters() {
        assertThat(MailHeaders.subject("Title\r\nBcc: x@evil")).isEqualTo("Title Bcc: x@evil");
        assertThat(MailHeaders.subject("A\u0000B\u2028C\tD")).isEqualTo("A B C D");
        assertThat(MailHeaders.subject("x".repeat(500))).hasSize(MailHeaders.MAX_SUBJECT);
    }

    @Test
    void deadlinesShowTheReadersLocalTimeAndUtcInTheirLanguage() {
        Instant at = Instant.parse("2026-12-15T16:00:00Z");
        Map<String, String> p = Map.of("ballot", "DIS", "number", "3", "closesAt", at.toString());
        String fr = MessageTexts.body(NotificationTopic.BALLOT_OPENED, p, Locale.FRENCH, ZoneId.of("Europe/Paris"));
        assertThat(fr).contains("« DIS »").contains("17:00").contains("Europe/Paris").contains("2026-12-15 16:00 UTC");
        String en = MessageTexts.body(NotificationTopic.BALLOT_OPENED, p, Locale.ENGLISH, ZoneOffset.UTC);
        assertThat(en).isEqualTo("Ballot 3 \"DIS\" is open and you are a voter. Voting closes on 2026-12-15 16:00 UTC.");
        assertThat(MessageTexts.subject(NotificationTopic.COMMENT_DISPOSED, Map.of("comment", "NG-001", "resolution",
                "ACCEPTED_IN_PRINCIPLE", "draft", "D"), Locale.of("es"), ZoneOffset.UTC))
                .isEqualTo("Su comentario NG-001 fue aceptado en principio");
        // an apostrophe in French survives MessageFormat
        assertThat(MessageTexts.text("digest.intro", Map.of(), Locale.FRENCH, ZoneOffset.UTC)).contains("s'est passé");
        assertThat(MessageTexts.locale("de")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void allFourLanguagesHaveTheSameKeysAndPlaceholders() throws Exception {
        Properties en = load("");
        for (String lang : List.of("_fr", "_es", "_ar")) {
            Properties other = load(lang);
            assertThat(other.stringPropertyNames()).as(lang).isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(placeholders(other.getProperty(key))).as(lang + " " + key)
                        .isEqualTo(placeholders(en.getProperty(key)));
            }
        }
        for (NotificationTopic t : NotificationTopic.values()) {
            assertThat(en).containsKeys("topic." + t + ".label", "topic." + t + ".subject", "topic." + t + ".body");
        }
    }

    @Test
    void emailAddressesAreCheckedStrictly() {
        assertThat(EmailAddresses.normalize(" Ana.Lopez+wg@Example.ORG ")).isEqualTo("Ana.Lopez+wg@example.org");
        assertThat(EmailAddresses.normalize("  ")).isNull();
        for (String bad : List.of("ana", "ana@", "@example.org", "ana@example", "ana@exa mple.org", "ana@example..org",
                "a@b.org\r\nBcc: x@evil.example", "Ana <ana@example.org>", "a@example.org, b@example.org",
                "ana@@example.org", "x".repeat(65) + "@example.org")) {
            assertThatThrownBy(() -> EmailAddresses.normalize(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("is not a valid email address");
            assertThat(EmailAddresses.isValid(bad)).isFalse();
        }
    }

    @Test
    void aPermanentSmtpRejectionIsABounceAndEverythingElseIsRetried() throws Exception {
        var rejected = new org.eclipse.angus.mail.smtp.SMTPAddressFailedException(new InternetAddress("gone@example.org"),
                "RCPT TO:<gone@example.org>", 550, "550 5.1.1 user unknown");
        var wrapped = new MailSendException("Failed messages", null, Map.of(new Object(),
                new jakarta.mail.SendFailedException("Invalid Addresses", rejected)));
        SmtpFailure f = SmtpFailure.of(wrapped);
        assertThat(f.permanent()).isTrue();
        assertThat(f.code()).isEqualTo(550);
        var busy = new org.eclipse.angus.mail.smtp.SMTPAddressFailedException(new InternetAddress("full@example.org"),
                "RCPT TO:<full@example.org>", 452, "452 4.2.2 mailbox full");
        assertThat(SmtpFailure.of(new MailSendException("x", busy)).permanent()).isFalse();
        assertThat(SmtpFailure.of(new MailSendException("Mail server connection failed")).permanent()).isFalse();
    }

    private static Properties load(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = NotificationRulesTest.class.getResourceAsStream("/notifications/messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        var m = java.util.regex.Pattern.compile("\\{([a-zA-Z]+)}").matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
