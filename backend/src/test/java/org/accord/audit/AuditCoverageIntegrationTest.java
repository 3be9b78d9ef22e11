package org.accord.audit;

import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.balloting.CastVote;
import org.accord.balloting.NewBallot;
import org.accord.balloting.tally.Position;
import org.accord.balloting.tally.RuleSpec;
import org.accord.commenting.CommentType;
import org.accord.commenting.CommentView;
import org.accord.commenting.CommentingService;
import org.accord.commenting.NewComment;
import org.accord.commenting.Resolution;
import org.accord.crosswalk.*;
import org.accord.crosswalk.interchange.ImportedProvision;
import org.accord.crosswalk.mapping.Provenance;
import org.accord.crosswalk.mapping.Rationale;
import org.accord.crosswalk.mapping.Relationship;
import org.accord.crosswalk.mapping.ReviewStatus;
import org.accord.drafting.*;
import org.accord.identity.IdentityService;
import org.accord.notification.BounceReport;
import org.accord.notification.NotificationService;
import org.accord.notification.NotificationTopic;
import org.accord.identity.NewUser;
import org.accord.identity.SingleSignOn;
import org.accord.identity.internal.SsoAccounts;
import org.accord.membership.*;
import org.accord.membership.seats.CountingRule;
import org.accord.publishing.NewPublication;
import org.accord.publishing.PublicationSummary;
import org.accord.publishing.PublishingService;
import org.accord.publishing.WebhookService;
import org.accord.shared.audit.AuditKind;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.*;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of change, made through the real services, leaves its audit row; secret votes keep their secret. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class AuditCoverageIntegrationTest {

    @Autowired AuditService audit;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired DraftingService drafting;
    @Autowired RevisionService revisions;
    @Autowired VersionService versions;
    @Autowired TranslationService translations;
    @Autowired CommentingService commenting;
    @Autowired CrosswalkService crosswalk;
    @Autowired MappingService mappings;
    @Autowired SeatService seats;
    @Autowired BallotService ballots;
    @Autowired MembershipService membership;
    @Autowired IdentityService identity;
    @Autowired SsoAccounts sso;
    @Autowired SingleSignOn singleSignOn;
    @Autowired PublishingService publishing;
    @Autowired WebhookService webhooks;
    @Autowired NotificationService notifications;

    /** Needs a publication whose background generation failed; not provoked here. */
    static final Set<AuditKind> NOT_PROVOKED = EnumSet.of(AuditKind.PUBLICATION_RETRIED);

    @Test
    void everyKindOfChangeLeavesARowThroughTheRealServices() throws Exception {
        long start = jdbc.queryForObject("select seq from audit_chain_head", Long.class);

        // membership and identity
        UUID wg = fixtures.workingGroup();
        String convenor = fixtures.member(wg, WorkingGroupRole.CONVENOR);
        String editor = fixtures.member(wg, WorkingGroupRole.EDITOR);
        UUID org = fixtures.organisation("KE");
        String lead = fixtures.member(wg, WorkingGroupRole.DELEGATE, org, true);
        String drafter = fixtures.member(wg, WorkingGroupRole.DELEGATE, org, false);

        // drafting
        UUID draft = fixtures.draft(wg, 3);
        List<UUID> clauses = SystemActor.call("test", () -> new ArrayList<>(drafting.clauseNumbers(draft).keySet()));
        UUID c1 = clauses.get(0);
        fixtures.as(editor, () -> {
            revisions.revise(draft, c1, new ClauseEdit(1, null, "The operator shall assess risks.", "Tighter"));
            drafting.moveClause(draft, clauses.get(2), null, 0);
            UUID terms = drafting.addClause(draft, null, new NewClause(ClauseKind.TERMS, null, "Terms and definitions", ""));
            UUID term = drafting.addTerm(draft, terms, new NewTerm("AI system", null, "engineered system", null, null));
            drafting.updateTerm(draft, term, new NewTerm("AI system", null, "machine-based system", null, null));
            drafting.removeTerm(draft, term);
            translations.save(draft, c1, "fr", new TranslationEdit("Clause 1", "L'opérateur évalue les risques.",
                    TranslationStatus.INFORMAL, null, 0));
            drafting.deleteClause(draft, clauses.get(1));
            return versions.freeze(draft, "CD 1", null);
        });
        SystemActor.run("test", () -> {
            drafting.changeStage(draft, "30.20", "Committee draft");
            drafting.importDraft(wg, DraftingService.ImportFormat.MARKDOWN,
                    "# Imported\nReference: X\n\n## 1 Scope\nText.\n".getBytes(StandardCharsets.UTF_8), fixtures.unique("IMP"), null);
        });

        // commenting
        UUID period = SystemActor.call("test", () -> commenting.openPeriod(draft, "CD 1",
                Instant.now().plus(Duration.ofDays(5)), false, null).id());
        CommentView te = fixtures.as(lead, () -> commenting.file(draft, new NewComment(c1, CommentType.TE, "Too vague",
                "assess and document risks", null, null, "assess risks", null, true)));
        // one row only: re-importing two colliding comment ids into the same draft trips its numbering (follow-up issue)
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        fixtures.as(editor, () -> {
            commenting.exportXlsx(draft, xlsx);
            return null;
        });
        CommentView ed = fixtures.as(drafter, () -> commenting.file(draft, new NewComment(c1, CommentType.ED, "Typo", null,
                null, null, null, null, false)));
        fixtures.as(drafter, () -> commenting.edit(ed.id(), CommentType.ED, "Typo in the title", null, null, null));
        fixtures.as(lead, () -> commenting.submit(ed.id()));
        fixtures.as(editor, () -> {
            commenting.reply(te.id(), "Thanks, agreed.");
            commenting.dispose(te.id(), Resolution.ACCEPTED, "Agreed");
            return commenting.apply(te.id());
        });
        fixtures.as(drafter, () -> {
            commenting.support(te.id(), true);
            return null;
        });
        fixtures.as(editor, () -> {
            return commenting.importXlsx(draft, new ByteArrayInputStream(xlsx.toByteArray()), true);
        });
        SystemActor.run("test", () -> commenting.closePeriod(period));

        // crosswalk
        StringBuilder letters = new StringBuilder("Z");
        new Random().ints(5, 0, 26).forEach(i -> letters.append((char) ('A' + i)));
        String jurisdiction = letters + "-T";
        String code = fixtures.unique("INS");
        UUID provision = SystemActor.call("test", () -> {
            UUID instrument = crosswalk.createInstrument(new NewInstrument(code, jurisdiction, JurisdictionKind.SUBNATIONAL,
                    "Test land", "Test act", code, InstrumentType.LAW, BindingNature.BINDING_LAW, InstrumentStatus.IN_FORCE,
                    null, null, null, null, null, null, "https://example.org/" + code, "en"));
            UUID p = crosswalk.addProvision(instrument, null, NewProvision.of("Art. 1", "Risk", "Providers shall manage risk.", null));
            crosswalk.importProvisions(instrument, List.of(
                    new ImportedProvision("Art. 1", null, "Art. 1", "Risk", "Providers shall manage risk.", null, null, null),
                    new ImportedProvision("art-2", null, "Art. 2", "Records", "Keep records.", null, null, null)), null, s -> { });
            return p;
        });
        fixtures.as(editor, () -> {
            MappingSaved m = mappings.save(draft, new NewMapping(c1, provision, Relationship.INTERSECTS_WITH, Rationale.SEMANTIC,
                    5, "Both on risk", Provenance.HUMAN, ReviewStatus.DRAFT, null));
            MappingView reviewed = mappings.review(draft, m.mapping().id(), ReviewStatus.REVIEWED, m.mapping().version());
            mappings.delete(draft, reviewed.id());
            UUID deviation = mappings.recordDeviation(draft, new NewDeviation(c1, jurisdiction, provision, "Ten years, not five."));
            mappings.deleteDeviation(draft, deviation);
            mappings.decideAdoption(draft, jurisdiction, c1, AdoptionDecision.ADAPT, "Ten-year retention");
            return null;
        });

        // seats
        SystemActor.run("test", () -> seats.saveSeatPlan(wg, new SeatPlanSpec(3, CountingRule.COUNT_TOWARD_ALL, null, null,
                true, false, null, null, List.of(), null)));
        List<String> applicants = new ArrayList<>();
        List<UUID> applications = new ArrayList<>();
        for (String country : List.of("KE", "DE", "BR", "FR")) {
            String name = user();
            applicants.add(name);
            applications.add(fixtures.as(name, () -> seats.apply(wg, new NewSeatApplication(null, country, List.of("SME"), "Hi"))));
        }
        fixtures.as(applicants.get(3), () -> {
            seats.withdraw(wg);
            return null;
        });
        String imported = user();
        SystemActor.run("test", () -> {
            seats.rank(wg, applications.subList(0, 3));
            seats.importApplications(wg, "username,organisation,country,groups,rank,statement\n" + imported + ",,IN,SME,4,Late\n");
            seats.discard(wg, seats.allocate(wg, AllocationMode.MERIT, null).id());
            Roster roster = seats.confirm(wg, seats.allocate(wg, AllocationMode.MERIT, null).id());
            seats.vacate(wg, roster.holders().getLast().id(), "Resigned");
            seats.appointCoConvenor(wg, identity.findByUsername(lead).orElseThrow().id(), org);
        });
        List<String> voters = SystemActor.call("test", () -> seats.roster(wg).holders().stream()
                .map(h -> identity.get(h.userId()).username()).toList());

        // balloting: an open ballot on the version, and a secret one on a motion
        BallotSummary open = SystemActor.call("test", () -> ballots.open(new NewBallot(wg, draft, "CD 1", null, "CD ballot",
                RuleSpec.Preset.ISO_CD, null, null, null, null, false, null, Instant.now().plus(Duration.ofDays(7)))));
        fixtures.as(voters.getFirst(), () -> ballots.cast(open.id(), new CastVote(Position.APPROVE, List.of(), null)));
        SystemActor.run("test", () -> {
            ballots.extend(open.id(), Instant.now().plus(Duration.ofDays(9)));
            ballots.close(open.id());
        });
        BallotSummary secret = SystemActor.call("test", () -> ballots.open(new NewBallot(wg, null, null, "Adopt the plan",
                "Secret motion", RuleSpec.Preset.ISO_CD, null, null, null, null, true, null, Instant.now().plus(Duration.ofDays(7)))));
        fixtures.as(voters.getFirst(), () -> ballots.cast(secret.id(), new CastVote(Position.DISAPPROVE, List.of(), null)));

        // single sign-on, settings, publishing
        String ssoCode = "WG " + fixtures.unique("A").replace("-", "");
        SystemActor.run("test", () -> membership.createWorkingGroup(membership.createCommittee(fixtures.unique("TC"),
                "SSO committee", null), ssoCode, "SSO group", null));
        String ssoName = user() + "-sso";
        String subject = UUID.randomUUID().toString();
        sso.signIn("http://keycloak.test/realms/accord", claims(subject, ssoName, List.of(), List.of("/wg/" + ssoCode + "/delegates")));
        sso.signIn("http://keycloak.test/realms/accord", claims(subject, ssoName, List.of("secretariat"), List.of()));
        SystemActor.run("test", () -> singleSignOn.setLocalLoginEnabled(true));
        PublicationSummary publication = SystemActor.call("test", () -> publishing.publish(new NewPublication(draft, "CD 1",
                "Published for the audit test by override")));
        withdrawOnceGenerated(publication.id());
        SystemActor.run("test", () -> webhooks.unsubscribe(webhooks.subscribe("TC 1", "https://example.org/hooks/accord")
                .subscription().id()));

        // notifications: a changed address, a mandatory topic made and removed, a reported bounce
        fixtures.as(editor, () -> {
            identity.setMyEmail(editor + ".new@example.org");
            return null;
        });
        SystemActor.run("test", () -> {
            notifications.removeMandatory(notifications.makeMandatory(
                    NotificationTopic.BALLOT_OPENED, wg).id());
            notifications.reportBounce(new BounceReport(editor + ".new@example.org", true,
                    "550 mailbox unavailable"));
        });

        List<String> kinds = jdbc.queryForList("select distinct kind from audit_log where seq > ?", String.class, start);
        Set<AuditKind> expected = EnumSet.complementOf(EnumSet.copyOf(NOT_PROVOKED));
        assertThat(kinds).containsAll(expected.stream().map(Enum::name).toList());

        // the editor's revision, as the convenor reads it
        List<AuditRecord> revised = fixtures.as(convenor, () -> audit.entries(AuditFilter.ofDraft(draft)
                .narrowedTo("CLAUSE_REVISED", editor, null, null), 0, 10));
        assertThat(revised).anySatisfy(r -> {
            assertThat(r.actorName()).isEqualTo(editor);
            assertThat(r.before()).containsEntry("revision", "1");
            assertThat(r.after()).containsEntry("revision", "2").containsEntry("message", "Tighter");
            assertThat(r.after().get("text")).startsWith("The operator shall assess risks. [sha256:");
        });

        // votes: the open ballot's position is recorded; the secret one's is not, and only staff see that row
        List<AuditRecord> votes = SystemActor.call("test", () -> audit.entries(AuditFilter.ofWorkingGroup(wg)
                .narrowedTo("VOTE_CAST", null, null, null), 0, 10));
        assertThat(votes).hasSize(2);
        assertThat(votes).filteredOn(r -> r.subjectId().equals(open.id().toString())).singleElement()
                .satisfies(r -> assertThat(r.after()).containsEntry("position", "APPROVE").containsEntry("secret", "false"));
        assertThat(votes).filteredOn(r -> r.subjectId().equals(secret.id().toString())).singleElement().satisfies(r -> {
            assertThat(r.actorName()).isEqualTo(voters.getFirst());
            assertThat(r.after()).containsOnlyKeys("secret");
            assertThat(r.after().values()).noneMatch(v -> v.contains("DISAPPROVE"));
        });
        assertThat(fixtures.as(convenor, () -> audit.entries(AuditFilter.ofWorkingGroup(wg)
                .narrowedTo("VOTE_CAST", null, null, null), 0, 10))).singleElement()
                .satisfies(r -> assertThat(r.subjectId()).isEqualTo(open.id().toString()));
        assertThat(SystemActor.call("test", () -> audit.csv(AuditFilter.ofWorkingGroup(wg)))).doesNotContain("DISAPPROVE");

        AuditVerification v = SystemActor.call("test", () -> audit.verify());
        assertThat(v.problems()).isEmpty();
        assertThat(v.valid()).isTrue();
    }

    // files are generated in the background; only a generated publication can be withdrawn
    private void withdrawOnceGenerated(UUID publication) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                SystemActor.run("test", () -> publishing.withdraw(publication, "Withdrawn by the audit test"));
                return;
            } catch (org.accord.shared.NotFoundException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(300);
            }
        }
    }

    private String user() {
        String name = fixtures.unique("aud").toLowerCase();
        SystemActor.run("test", () -> identity.createUser(new NewUser(name, "User " + name, name + "@example.org",
                "accord-demo", Set.of())));
        return name;
    }

    private static Map<String, Object> claims(String subject, String username, List<String> roles, List<String> groups) {
        return Map.of("sub", subject, "preferred_username", username, "name", "Name of " + username,
                "email", username + "@example.org", "roles", roles, "groups", groups);
    }
}
