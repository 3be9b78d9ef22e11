package org.accord.membership.participation;

import org.accord.membership.StakeholderGroup;
import org.accord.membership.participation.ParticipationReport.Dimension;
import org.accord.membership.participation.ParticipationReport.Reason;
import org.accord.membership.participation.ParticipationReport.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipationTest {

    static final List<StakeholderGroup> GROUPS = List.of(new StakeholderGroup("INDUSTRY", "Industry"),
            new StakeholderGroup("SME", "SME"), new StakeholderGroup("CIVIL_SOCIETY", "Civil society"),
            new StakeholderGroup("INDIGENOUS_PEOPLES", "Indigenous peoples' organisation"),
            new StakeholderGroup("GOVERNMENT", "Government"));

    static final UUID KE_SME = UUID.randomUUID();
    static final UUID BO_CS_IP = UUID.randomUUID();
    static final UUID DE_INDUSTRY = UUID.randomUUID();
    static final UUID NOBODY = UUID.randomUUID();

    static List<Invitee> invited() {
        return List.of(
                new Invitee(KE_SME, "Grace", "Nairobi AI Hub", "KE", Set.of("SME"), true),
                new Invitee(BO_CS_IP, "Ana", "Red Andina", "BO", Set.of("CIVIL_SOCIETY", "INDIGENOUS_PEOPLES"), true),
                new Invitee(DE_INDUSTRY, "Jonas", "Rheinwerk", "DE", Set.of("INDUSTRY"), false),
                new Invitee(NOBODY, "Sam", null, null, Set.of(), null));
    }

    static Row row(List<Row> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aMultiGroupOrganisationCountsInEveryGroupItSpeaksFor() {
        ParticipationReport r = Participation.report(ParticipationReport.BALLOT, UUID.randomUUID(), "Ballot 1", GROUPS,
                invited(), Set.of(BO_CS_IP, DE_INDUSTRY), true);

        assertThat(r.invited()).isEqualTo(4);
        assertThat(r.participated()).isEqualTo(2);
        assertThat(r.percent()).isEqualTo(50);
        assertThat(row(r.byConstituency(), "CIVIL_SOCIETY").participated()).isEqualTo(1);
        assertThat(row(r.byConstituency(), "INDIGENOUS_PEOPLES").participated()).isEqualTo(1);
        assertThat(row(r.byConstituency(), "INDIGENOUS_PEOPLES").percent()).isEqualTo(100);
        // rows add up to more people than took part: Ana counts twice
        assertThat(r.byConstituency().stream().mapToInt(Row::participated).sum()).isEqualTo(3);
    }

    @Test
    void silentAndUninvitedConstituenciesAreMissingVoices() {
        ParticipationReport r = Participation.report(ParticipationReport.BALLOT, UUID.randomUUID(), "Ballot 1", GROUPS,
                invited(), Set.of(BO_CS_IP, DE_INDUSTRY), true);

        assertThat(r.missing(Dimension.CONSTITUENCY)).extracting(m -> m.code() + "/" + m.reason())
                .containsExactly("SME/" + Reason.SILENT, "GOVERNMENT/" + Reason.NOT_INVITED);
        assertThat(row(r.byConstituency(), "GOVERNMENT").percent()).isNull();
        // Kenya's African Group was invited but silent; Eastern Europe was never invited
        assertThat(r.missing(Dimension.REGION)).extracting(m -> m.code() + "/" + m.reason())
                .containsExactly("AFRICAN/SILENT", "ASIA_PACIFIC/NOT_INVITED", "EASTERN_EUROPEAN/NOT_INVITED");
        assertThat(row(r.byGlobalMajority(), "GLOBAL_MAJORITY").participated()).isEqualTo(1);
        assertThat(row(r.byGlobalMajority(), "GLOBAL_MAJORITY").percent()).isEqualTo(50);
        assertThat(r.missing(Dimension.GLOBAL_MAJORITY)).isEmpty();
    }

    @Test
    void membersWithoutOrganisationAreCountedButNeverAMissingConstituency() {
        ParticipationReport r = Participation.report(ParticipationReport.COMMENT_PERIOD, UUID.randomUUID(), "Comments",
                GROUPS, invited(), Set.of(), true);

        Row none = row(r.byConstituency(), Participation.NONE);
        assertThat(none.invited()).isEqualTo(1);
        assertThat(none.missingVoice()).isFalse();
        assertThat(row(r.byRegion(), Participation.NONE).invited()).isEqualTo(1);
        assertThat(row(r.byGlobalMajority(), Participation.NONE).invited()).isEqualTo(1);
        assertThat(r.missing()).noneMatch(m -> m.code().equals(Participation.NONE));
        assertThat(r.percent()).isZero();
    }

    @Test
    void anEmptyRoundHasNoRatesAndEveryConstituencyIsUninvited() {
        ParticipationReport r = Participation.report(ParticipationReport.BALLOT, UUID.randomUUID(), "Empty", GROUPS,
                List.of(), Set.of(), true);

        assertThat(r.invited()).isZero();
        assertThat(r.percent()).isNull();
        assertThat(r.byConstituency()).hasSize(GROUPS.size()).allMatch(x -> x.percent() == null);
        assertThat(r.byRegion()).hasSize(5);
        assertThat(r.missing(Dimension.CONSTITUENCY)).hasSize(GROUPS.size()).allMatch(m -> m.reason() == Reason.NOT_INVITED);
        assertThat(r.people()).isEmpty();
    }

    @Test
    void participantsNotInvitedAreReportedApartAndDoNotRaiseRates() {
        ParticipationReport r = Participation.report(ParticipationReport.COMMENT_PERIOD, UUID.randomUUID(), "Comments",
                GROUPS, invited(), Set.of(UUID.randomUUID(), KE_SME), true);

        assertThat(r.participated()).isEqualTo(1);
        assertThat(r.otherParticipants()).isEqualTo(1);
        assertThat(r.percent()).isEqualTo(25);
    }

    @Test
    void aPersonListedTwiceCountsOnceWithAllTheirGroups() {
        UUID u = UUID.randomUUID();
        ParticipationReport r = Participation.report(ParticipationReport.COMMENT_PERIOD, UUID.randomUUID(), "Comments",
                GROUPS, List.of(new Invitee(u, "Pat", "Org", "IN", Set.of("SME"), true),
                        new Invitee(u, "Pat", null, null, Set.of("CIVIL_SOCIETY"), null)), Set.of(u), true);

        assertThat(r.invited()).isEqualTo(1);
        assertThat(row(r.byConstituency(), "SME").participated()).isEqualTo(1);
        assertThat(row(r.byConstituency(), "CIVIL_SOCIETY").participated()).isEqualTo(1);
        assertThat(row(r.byRegion(), "ASIA_PACIFIC").participated()).isEqualTo(1);
    }

    @Test
    void aSecretRoundListsNobody() {
        ParticipationReport r = Participation.report(ParticipationReport.BALLOT, UUID.randomUUID(), "Secret", GROUPS,
                invited(), Set.of(KE_SME), false);

        assertThat(r.people()).isEmpty();
        assertThat(r.peopleHidden()).isTrue();
        assertThat(r.participated()).isEqualTo(1);
        assertThat(ParticipationCsv.write(r)).doesNotContain("Grace");
    }

    @Test
    void peopleAreListedMissingFirst() {
        ParticipationReport r = Participation.report(ParticipationReport.BALLOT, UUID.randomUUID(), "Ballot", GROUPS,
                invited(), Set.of(KE_SME), true);

        assertThat(r.people()).extracting(ParticipationReport.Person::name).containsExactly("Ana", "Jonas", "Sam", "Grace");
        assertThat(r.people().getFirst().constituencies()).containsExactly("Civil society", "Indigenous peoples' organisation");
        assertThat(r.people().getFirst().region()).isEqualTo("Latin American and Caribbean Group");
    }

    @Test
    void ballotRollAttributesBecomeInvitees() {
        Invitee i = Invitee.fromAttributes(KE_SME, "Grace", null,
                List.of("country:KE", "global-majority", "group:SME", "group:CIVIL_SOCIETY", "region:AFRICAN"));
        assertThat(i.country()).isEqualTo("KE");
        assertThat(i.globalMajority()).isTrue();
        assertThat(i.groups()).containsExactly("CIVIL_SOCIETY", "SME");
        assertThat(Invitee.fromAttributes(KE_SME, "x", null, List.of("country:DE")).globalMajority()).isFalse();
        assertThat(Invitee.fromAttributes(KE_SME, "x", null, List.of()).globalMajority()).isNull();
    }

    @Test
    void csvQuotesAndDefusesFormulas() {
        assertThat(ParticipationCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ParticipationCsv.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        ParticipationReport r = Participation.report(ParticipationReport.BALLOT, UUID.randomUUID(), "Ballot 1", GROUPS,
                invited(), Set.of(KE_SME), true);
        String csv = ParticipationCsv.write(r);
        assertThat(csv).contains("CONSTITUENCY,GOVERNMENT,Government,0,0,,not invited\r\n")
                .contains("CONSTITUENCY,INDUSTRY,Industry,1,0,0,silent\r\n")
                .contains("Grace,Nairobi AI Hub,KE,SME,African Group,yes,yes\r\n");
    }

    @Test
    void ratesRoundHalfUp() {
        assertThat(Participation.percent(1, 3)).isEqualTo(33);
        assertThat(Participation.percent(2, 3)).isEqualTo(67);
        assertThat(Participation.percent(1, 8)).isEqualTo(13);
        assertThat(Participation.percent(0, 0)).isNull();
    }
}
