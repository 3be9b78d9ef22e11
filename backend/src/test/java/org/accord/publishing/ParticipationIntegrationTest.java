package org.accord.publishing;

import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.balloting.CastVote;
import org.accord.balloting.NewBallot;
import org.accord.balloting.tally.Position;
import org.accord.balloting.tally.RuleSpec;
import org.accord.commenting.CommentPeriodView;
import org.accord.commenting.CommentType;
import org.accord.commenting.CommentingService;
import org.accord.commenting.NewComment;
import org.accord.drafting.DraftingService;
import org.accord.drafting.VersionService;
import org.accord.identity.IdentityService;
import org.accord.identity.NewUser;
import org.accord.membership.*;
import org.accord.membership.participation.ParticipationCsv;
import org.accord.membership.participation.ParticipationReport;
import org.accord.membership.participation.ParticipationReport.Dimension;
import org.accord.membership.participation.ParticipationReport.Row;
import org.accord.membership.seats.CountingRule;
import org.accord.publishing.formats.StsSchema;
import org.accord.shared.security.PlatformRole;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Participation reports on PostgreSQL: a comment period and a ballot round on a draft, seated members from several
 * constituencies and regions (one counting for two), members without organisation; then published with the text.
 */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class ParticipationIntegrationTest {

    @Autowired BallotService ballots;
    @Autowired CommentingService commenting;
    @Autowired SeatService seats;
    @Autowired IdentityService identity;
    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired PublishingService publishing;
    @Autowired PublicationGenerator generator;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    private static Row row(List<Row> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void reportsShowWhoIsMissingAndArePublishedWithTheText() throws Exception {
        UUID wg = fixtures.workingGroup();
        String sec = fixtures.unique("sec").toLowerCase();
        SystemActor.run("test", () -> identity.createUser(new NewUser(sec, "Secretariat", sec + "@example.org",
                "accord-demo", Set.of(PlatformRole.SECRETARIAT))));
        fixtures.as(sec, () -> seats.saveSeatPlan(wg, new SeatPlanSpec(4, CountingRule.COUNT_TOWARD_ALL, null, null,
                true, false, null, null, List.of(), null)));
        String[][] people = {{"KE", "SME"}, {"DE", "INDUSTRY"}, {"BO", "CIVIL_SOCIETY,INDIGENOUS_PEOPLES"}, {"RO", "ACADEMIA"}};
        Map<String, String> byCountry = new HashMap<>();
        List<UUID> apps = new ArrayList<>();
        for (String[] p : people) {
            String name = fixtures.unique("member").toLowerCase();
            SystemActor.run("test", () -> identity.createUser(new NewUser(name, "Member " + p[0], name + "@example.org",
                    "accord-demo", Set.of())));
            apps.add(fixtures.as(name, () -> seats.apply(wg, new NewSeatApplication(null, p[0],
                    List.of(p[1].split(",")), "Statement"))));
            byCountry.put(p[0], name);
        }
        fixtures.as(sec, () -> {
            seats.rank(wg, apps);
            return seats.confirm(wg, seats.allocate(wg, AllocationMode.MERIT, null).id());
        });
        String convenor = fixtures.member(wg, WorkingGroupRole.CONVENOR);
        String commenter = fixtures.member(wg, WorkingGroupRole.COMMENTER);
        String observer = fixtures.member(wg, WorkingGroupRole.OBSERVER);

        UUID draft = fixtures.draft(wg, 2);
        UUID clause = SystemActor.call("test", () -> drafting.clauseNumbers(draft).keySet().iterator().next());
        SystemActor.run("test", () -> versions.freeze(draft, "DIS 1", "enquiry"));
        CommentPeriodView period = fixtures.as(sec, () -> commenting.openPeriod(draft, "DIS 1",
                Instant.now().plus(Duration.ofDays(30)), false, null));
        fixtures.as(byCountry.get("BO"), () -> commenting.file(draft, new NewComment(clause, CommentType.TE,
                "Name Indigenous data sovereignty.", "Add CARE principles.", null, null, null, null, true)));
        fixtures.as(commenter, () -> commenting.file(draft, new NewComment(clause, CommentType.ED,
                "Typo.", null, null, null, null, null, false)));

        // comment period: 4 seated delegates + convenor + commenter invited; the observer is not
        ParticipationReport c = fixtures.as(convenor, () -> commenting.participation(period.id()));
        assertThat(c.invited()).isEqualTo(6);
        assertThat(c.participated()).as("the commenter's comment is only saved, not submitted").isEqualTo(1);
        assertThat(row(c.byConstituency(), "CIVIL_SOCIETY").participated()).isEqualTo(1);
        assertThat(row(c.byConstituency(), "INDIGENOUS_PEOPLES").participated()).isEqualTo(1);
        assertThat(row(c.byConstituency(), "NONE").invited()).isEqualTo(2);
        assertThat(row(c.byRegion(), "GRULAC").percent()).isEqualTo(100);
        assertThat(c.missing(Dimension.CONSTITUENCY)).extracting(m -> m.code() + "/" + m.reason())
                .contains("SME/SILENT", "INDUSTRY/SILENT", "ACADEMIA/SILENT", "GOVERNMENT/NOT_INVITED");
        assertThat(c.people()).hasSize(6);
        assertThatThrownBy(() -> fixtures.as(observer, () -> commenting.participation(period.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(byCountry.get("KE"), () -> commenting.participation(period.id())))
                .isInstanceOf(AccessDeniedException.class);

        // ballot round on the same version: Kenya and Bolivia vote, Germany and Romania do not
        BallotSummary b = fixtures.as(sec, () -> ballots.open(new NewBallot(wg, draft, "DIS 1", null, "DIS ballot",
                RuleSpec.Preset.ISO_DIS, null, null, null, null, false, null, Instant.now().plus(Duration.ofDays(7)))));
        fixtures.as(byCountry.get("KE"), () -> ballots.cast(b.id(), new CastVote(Position.APPROVE, List.of(), null)));
        fixtures.as(byCountry.get("BO"), () -> ballots.cast(b.id(), new CastVote(Position.ABSTAIN, List.of(), null)));
        ParticipationReport open = fixtures.as(sec, () -> ballots.participation(b.id()));
        assertThat(open.invited()).isEqualTo(4);
        assertThat(open.participated()).isEqualTo(2);
        assertThat(open.percent()).isEqualTo(50);
        assertThat(row(open.byConstituency(), "INDIGENOUS_PEOPLES").participated()).isEqualTo(1);
        assertThat(row(open.byGlobalMajority(), "OTHER").participated()).as("Germany and Romania are high-income").isZero();
        assertThat(open.missing(Dimension.CONSTITUENCY)).extracting(ParticipationReport.Missing::code)
                .contains("INDUSTRY", "ACADEMIA", "GOVERNMENT").doesNotContain("SME", "CIVIL_SOCIETY");
        assertThat(open.missing(Dimension.REGION)).extracting(ParticipationReport.Missing::code)
                .contains("WEOG", "EASTERN_EUROPEAN", "ASIA_PACIFIC");
        assertThat(ParticipationCsv.write(open)).contains("Member DE").contains("CONSTITUENCY,INDUSTRY,Industry,1,0,0,silent");
        fixtures.as(sec, () -> ballots.close(b.id()));

        // published with the consensus version: counts, no names
        PublicationSummary p = fixtures.as(sec, () -> publishing.publish(new NewPublication(draft, "DIS 1",
                "Published for the participation integration test.")));
        assertThat(generator.awaitIdle(60)).isTrue();
        PublicationDetail d = publishing.publication(p.id());
        assertThat(d.participation()).hasSize(2);
        assertThat(d.participation()).allMatch(ParticipationReport::peopleHidden).allMatch(r -> r.people().isEmpty());
        assertThat(d.participation().get(1).participated()).isEqualTo(2);

        String html = new String(publishing.file(p.id(), PublicationFormatKind.HTML).bytes(), StandardCharsets.UTF_8);
        assertThat(html).contains("<h2 id=\"participation-heading\">Participation</h2>")
                .contains("Missing voices:").contains("Government (nobody invited)")
                .contains("Industry (1 invited, none took part)").contains("2 of 4 invited took part (50 %).")
                .doesNotContain("Member DE");
        String md = new String(publishing.file(p.id(), PublicationFormatKind.MD).bytes(), StandardCharsets.UTF_8);
        assertThat(md).contains("## Participation").contains("**Missing voices:**").contains("| Industry (missing) | 1 | 0 | 0 % |");
        assertThat(StsSchema.validate(publishing.file(p.id(), PublicationFormatKind.STS).bytes())).isEmpty();
        assertThatThrownBy(() -> jdbc.update("update publication set participation = '[]' where id = ?", p.id()))
                .hasMessageContaining("immutable");
    }
}
