package org.accord.membership;

import org.accord.identity.IdentityService;
import org.accord.identity.NewUser;
import org.accord.membership.seats.CountingRule;
import org.accord.shared.InvalidInputException;
import org.accord.shared.security.PlatformRole;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class SeatServiceIntegrationTest {

    @Autowired SeatService seats;
    @Autowired MembershipService membership;
    @Autowired IdentityService identity;
    @Autowired Fixtures fixtures;

    UUID wg;
    String secretariat;
    final Map<String, String> users = new HashMap<>();

    @BeforeEach
    void setUp() {
        wg = fixtures.workingGroup();
        secretariat = fixtures.unique("sec").toLowerCase();
        SystemActor.run("test", () -> identity.createUser(new NewUser(secretariat, "Secretariat", secretariat + "@example.org",
                "accord-demo", Set.of(PlatformRole.SECRETARIAT))));
    }

    private <T> T asSec(java.util.function.Supplier<T> work) {
        return fixtures.as(secretariat, work);
    }

    private SeatPlanSpec plan(int seatCount, CountingRule rule, QuotaSpec... quotas) {
        return new SeatPlanSpec(seatCount, rule, 24, null, true, false, null, null, List.of(quotas), null);
    }

    /** An applicant speaking for {@code groups} from {@code country}, applying through the service as themselves. */
    private UUID applicant(String key, String country, String... groups) {
        String name = fixtures.unique(key).toLowerCase();
        users.put(key, name);
        SystemActor.run("test", () -> identity.createUser(new NewUser(name, "Applicant " + key, name + "@example.org",
                "accord-demo", Set.of())));
        return fixtures.as(name, () -> seats.apply(wg, new NewSeatApplication(null, country, List.of(groups),
                "I would bring " + key + "'s view.")));
    }

    private List<String> names(List<AllocationView.SeatView> seatViews) {
        return seatViews.stream().map(AllocationView.SeatView::name).toList();
    }

    /** The greedy trap of domain.md §4: A is SME and Indigenous, B SME, C industry, D Indigenous. */
    private List<UUID> greedyTrapPool() {
        List<UUID> ids = new ArrayList<>();
        ids.add(applicant("A", "KE", "SME", "INDIGENOUS_PEOPLES"));
        ids.add(applicant("B", "DE", "SME"));
        ids.add(applicant("C", "FR", "INDUSTRY"));
        ids.add(applicant("D", "BR", "INDIGENOUS_PEOPLES"));
        asSec(() -> {
            seats.rank(wg, ids);
            return null;
        });
        return ids;
    }

    @Test
    void meritAllocationIsAProposalUntilConfirmedAndEscapesTheGreedyTrap() {
        asSec(() -> seats.saveSeatPlan(wg, plan(2, CountingRule.COUNT_TOWARD_ALL, QuotaSpec.of("group:SME", 1, null),
                QuotaSpec.of("group:INDIGENOUS_PEOPLES", 1, null))));
        greedyTrapPool();

        AllocationView proposal = asSec(() -> seats.allocate(wg, AllocationMode.MERIT, null));
        assertThat(proposal.status()).isEqualTo("PROPOSED");
        assertThat(names(proposal.seats())).containsExactly("Applicant A", "Applicant B");
        assertThat(proposal.seats().getFirst().reason()).contains("rank 1");
        assertThat(proposal.compliance()).allMatch(ComplianceRow::met);
        assertThat(asSec(() -> seats.roster(wg)).holders()).as("nothing seated before confirmation").isEmpty();

        Roster roster = asSec(() -> seats.confirm(wg, proposal.id()));
        assertThat(roster.holders()).extracting(Roster.Holder::name).containsExactly("Applicant A", "Applicant B");
        assertThat(roster.compliant()).isTrue();
        assertThat(roster.vacancies()).isZero();
        assertThat(asSec(() -> seats.seatedMembers(wg))).hasSize(2)
                .anySatisfy(m -> assertThat(m.attributes()).contains("group:SME", "group:INDIGENOUS_PEOPLES",
                        "global-majority", "region:AFRICAN", "country:KE"));
        assertThat(asSec(() -> membership.representation(wg, roster.holders().getFirst().userId())).roles())
                .as("a seated person becomes a delegate").contains(WorkingGroupRole.DELEGATE);

        // re-running never replaces the confirmed roster: it makes a new proposal
        AllocationView again = asSec(() -> seats.allocate(wg, AllocationMode.MERIT, null));
        assertThat(again.number()).isEqualTo(2);
        assertThat(asSec(() -> seats.roster(wg)).confirmedAllocation()).isEqualTo(1);
        assertThatThrownBy(() -> asSec(() -> seats.confirm(wg, proposal.id())))
                .hasMessageContaining("confirmed");
    }

    @Test
    void infeasiblePlanSaysWhyAndStoresNothing() {
        asSec(() -> seats.saveSeatPlan(wg, plan(3, CountingRule.COUNT_TOWARD_ALL,
                QuotaSpec.of("group:INDIGENOUS_PEOPLES", 3, null))));
        greedyTrapPool();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> asSec(() -> seats.allocate(wg, AllocationMode.MERIT, null)));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("nothing was stored");
        assertThat(String.join("\n", e.details())).contains("Indigenous peoples' organisation")
                .contains("change from 3 to 2");
        assertThat(asSec(() -> seats.allocations(wg))).isEmpty();
    }

    @Test
    void liveFeasibilityCheckProposesTheSmallestRelaxation() {
        SeatPlanSpec open = asSec(() -> seats.saveSeatPlan(wg, plan(3, CountingRule.ONE_TO_ONE)));
        greedyTrapPool();
        FeasibilityReport bad = asSec(() -> seats.checkPlan(wg, plan(3, CountingRule.ONE_TO_ONE,
                QuotaSpec.of("group:INDIGENOUS_PEOPLES", 3, null))));
        assertThat(bad.feasible()).isFalse();
        assertThat(bad.relaxations()).containsExactly("minimum for Indigenous peoples' organisation: change from 3 to 2");
        FeasibilityReport good = asSec(() -> seats.checkPlan(wg, plan(3, CountingRule.ONE_TO_ONE,
                QuotaSpec.percent("global-majority", 50.0, null), QuotaSpec.of("country:*", null, 1))));
        assertThat(good.feasible()).isTrue();
        assertThat(good.applicants()).isEqualTo(4);
        assertThat(asSec(() -> seats.seatPlan(wg))).as("a check stores nothing").contains(open);
    }

    @Test
    void badPlansGetClearMessagesAndNothingIsStored() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> asSec(() -> seats.saveSeatPlan(wg,
                plan(4, CountingRule.ONE_TO_ONE, QuotaSpec.of("group:SME", -1, null),
                        QuotaSpec.percent("global-majority", null, 140.0), QuotaSpec.of("country:XX", null, 1),
                        QuotaSpec.of("group:ASTRONAUTS", 1, null), QuotaSpec.of("country:*", 1, null)))));
        assertThat(e.details()).hasSize(5).anyMatch(d -> d.contains("negative")).anyMatch(d -> d.contains("between 0 and 100"))
                .anyMatch(d -> d.contains("'XX'")).anyMatch(d -> d.contains("ASTRONAUTS"))
                .anyMatch(d -> d.contains("only a maximum"));
        assertThatThrownBy(() -> asSec(() -> seats.saveSeatPlan(wg, plan(4, CountingRule.ONE_TO_ONE,
                QuotaSpec.of("group:SME", 3, null), QuotaSpec.of("group:CIVIL_SOCIETY", 2, null)))))
                .hasMessageContaining("sum to 5").hasMessageContaining("one-to-one");
        // the same minimums may legitimately sum higher under count-toward-all
        SeatPlanSpec saved = asSec(() -> seats.saveSeatPlan(wg, plan(4, CountingRule.COUNT_TOWARD_ALL,
                QuotaSpec.of("group:SME", 3, null), QuotaSpec.of("group:CIVIL_SOCIETY", 2, null))));
        assertThat(saved.version()).isNotNull();
        assertThat(asSec(() -> seats.seatPlan(wg))).get().extracting(p -> p.quotas().size()).isEqualTo(2);

        // a stale version is refused, so two secretaries do not overwrite each other
        asSec(() -> seats.saveSeatPlan(wg, saved.withQuotas(List.of(QuotaSpec.of("group:SME", 2, null)))));
        assertThatThrownBy(() -> asSec(() -> seats.saveSeatPlan(wg, saved))).hasMessageContaining("Someone else");
        assertThatThrownBy(() -> fixtures.as(fixtures.member(wg, WorkingGroupRole.DELEGATE),
                () -> seats.saveSeatPlan(wg, saved))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void vacancyIsVisibleAndARefillKeepsTheQuotas() {
        asSec(() -> seats.saveSeatPlan(wg, plan(2, CountingRule.COUNT_TOWARD_ALL, QuotaSpec.of("group:SME", 1, null),
                QuotaSpec.of("group:INDIGENOUS_PEOPLES", 1, null))));
        greedyTrapPool();
        asSec(() -> seats.confirm(wg, seats.allocate(wg, AllocationMode.MERIT, null).id()));
        Roster before = asSec(() -> seats.roster(wg));
        UUID seatOfA = before.holders().getFirst().id();

        asSec(() -> {
            seats.vacate(wg, seatOfA, "Resigned");
            return null;
        });
        Roster vacant = asSec(() -> seats.roster(wg));
        assertThat(vacant.vacancies()).isEqualTo(1);
        assertThat(vacant.compliant()).as("Indigenous seat lost with A").isFalse();

        AllocationView refill = asSec(() -> seats.allocate(wg, AllocationMode.REFILL, null));
        assertThat(names(refill.seats())).as("C ranks better but D keeps the Indigenous minimum")
                .containsExactly("Applicant D");
        assertThat(refill.seats().getFirst().seatNumber()).isEqualTo(1);
        assertThat(refill.displaced()).extracting(AllocationView.DisplacedView::name).contains("Applicant C");
        Roster after = asSec(() -> seats.confirm(wg, refill.id()));
        assertThat(after.holders()).extracting(Roster.Holder::name).containsExactly("Applicant D", "Applicant B");
        assertThat(after.compliant()).isTrue();
        assertThatThrownBy(() -> asSec(() -> seats.allocate(wg, AllocationMode.REFILL, null)))
                .hasMessageContaining("no vacant seats");
    }

    @Test
    void termLimitsMakeFormerMembersIneligible() {
        asSec(() -> seats.saveSeatPlan(wg, new SeatPlanSpec(2, CountingRule.COUNT_TOWARD_ALL, 12, 1, true, false, null,
                null, List.of(), null)));
        greedyTrapPool();
        asSec(() -> seats.confirm(wg, seats.allocate(wg, AllocationMode.MERIT, null).id()));
        List<SeatApplicationView> apps = asSec(() -> seats.applications(wg));
        assertThat(apps).filteredOn(SeatApplicationView::seated).hasSize(2)
                .allSatisfy(a -> assertThat(a.ineligible()).contains("limit 1"));
        AllocationView next = asSec(() -> seats.allocate(wg, AllocationMode.MERIT, null));
        assertThat(names(next.seats())).containsExactly("Applicant C", "Applicant D");
        assertThat(asSec(() -> seats.roster(wg)).holders().getFirst().termEnd()).isNotNull();
    }

    @Test
    void importIsAllOrNothingWithLineNumbers() {
        String a = fixtures.member(wg, WorkingGroupRole.OBSERVER);
        String b = fixtures.member(wg, WorkingGroupRole.OBSERVER);
        String c = fixtures.member(wg, WorkingGroupRole.OBSERVER);
        String bad = "username,organisation,country,groups,rank,statement\n"
                + a + ",,KE,SME,1,Statement\n"
                + a + ",,KE,SME,2,Again\n"
                + b + ",,XX,SME,3,Unknown country\n"
                + "nobody,,DE,SME,4,No account\n"
                + c + ",,DE,SME,x,Bad rank\n";
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> asSec(() -> seats.importApplications(wg, bad)));
        assertThat(e.getMessage()).startsWith("Nothing was imported");
        assertThat(e.details()).anyMatch(d -> d.startsWith("Line 3") && d.contains("twice"))
                .anyMatch(d -> d.startsWith("Line 4") && d.contains("'XX'"))
                .anyMatch(d -> d.startsWith("Line 5") && d.contains("no account"))
                .anyMatch(d -> d.startsWith("Line 6") && d.contains("whole number"));
        assertThat(asSec(() -> seats.applications(wg))).isEmpty();

        String good = "username,organisation,country,groups,rank,statement\n"
                + a + ",,KE,SME;INDIGENOUS_PEOPLES,2,\"Statement, with a comma\"\n"
                + b + ",,de,CIVIL_SOCIETY,1,Another\n";
        assertThat(asSec(() -> seats.importApplications(wg, good))).isEqualTo(2);
        List<SeatApplicationView> apps = asSec(() -> seats.applications(wg));
        assertThat(apps).extracting(SeatApplicationView::rank).containsExactly(1, 2);
        assertThat(apps.get(1).statement()).isEqualTo("Statement, with a comma");
        assertThat(apps.get(1).attributes()).contains("SME", "Indigenous peoples' organisation", "Global Majority",
                "African Group", "Country: Kenya");
    }

    @Test
    void applicationsNeedAnOpenCallAndValidInput() {
        assertThatThrownBy(() -> applicant("Z", "KE", "SME")).hasMessageContaining("not taking applications");
        asSec(() -> seats.saveSeatPlan(wg, plan(2, CountingRule.COUNT_TOWARD_ALL)));
        assertThatThrownBy(() -> applicant("Y", "XK1", "SME")).hasMessageContaining("Unknown ISO 3166 country code");
        assertThatThrownBy(() -> applicant("X", "KE", "ASTRONAUTS")).hasMessageContaining("Unknown stakeholder group");
        UUID ok = applicant("W", "KE", "SME");
        assertThat(fixtures.as(users.get("W"), () -> seats.myApplication(wg))).get()
                .extracting(SeatApplicationView::id).isEqualTo(ok);
        assertThatThrownBy(() -> asSec(() -> seats.allocate(wg, AllocationMode.MERIT, null)))
                .hasMessageContaining("no rank yet");
        assertThatThrownBy(() -> asSec(() -> seats.allocate(wg, AllocationMode.LOTTERY_LEXIMIN, null)))
                .hasMessageContaining("Publish a lottery seed");
        assertThatThrownBy(() -> asSec(() -> {
            seats.rank(wg, List.of(ok, ok));
            return null;
        })).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void twinnedLeadershipNeedsAGlobalMajorityCoConvenor() {
        SeatPlanSpec spec = new SeatPlanSpec(2, CountingRule.COUNT_TOWARD_ALL, null, null, false, true, null, null,
                List.of(), null);
        asSec(() -> seats.saveSeatPlan(wg, spec));
        fixtures.member(wg, WorkingGroupRole.CONVENOR, fixtures.organisation("DE"), false);
        assertThat(asSec(() -> seats.roster(wg)).twinning().met()).isFalse();
        String co = fixtures.member(wg, WorkingGroupRole.OBSERVER);
        UUID coId = SystemActor.call("test", () -> identity.findByUsername(co).orElseThrow().id());
        assertThatThrownBy(() -> asSec(() -> {
            seats.appointCoConvenor(wg, coId, fixtures.organisation("FR"));
            return null;
        })).hasMessageContaining("Global Majority");
        asSec(() -> {
            seats.appointCoConvenor(wg, coId, fixtures.organisation("KE"));
            return null;
        });
        Roster.Twinning t = asSec(() -> seats.roster(wg)).twinning();
        assertThat(t.met()).isTrue();
        assertThat(t.coConvenorCountry()).isEqualTo("KE");
        assertThat(membership.authoritiesFor(coId)).as("a co-convenor has the convenor's rights")
                .contains(WorkingGroupRole.CONVENOR.authorityFor(wg));
    }

    @Test
    void aLotteryUsesThePublishedSeedAndAnyoneCanReRunIt() {
        SeatPlanSpec spec = new SeatPlanSpec(2, CountingRule.COUNT_TOWARD_ALL, null, null, true, false, 4242L, null,
                List.of(QuotaSpec.of("group:SME", 1, null), QuotaSpec.of("group:INDIGENOUS_PEOPLES", 1, null)), null);
        SeatPlanSpec saved = asSec(() -> seats.saveSeatPlan(wg, spec));
        assertThat(saved.seedPublishedAt()).isNotNull();
        greedyTrapPool();
        assertThatThrownBy(() -> asSec(() -> seats.allocate(wg, AllocationMode.LOTTERY_LEXIMIN, 1L)))
                .hasMessageContaining("published seed is 4242");
        AllocationView first = asSec(() -> seats.allocate(wg, AllocationMode.LOTTERY_LEXIMIN, null));
        AllocationView again = asSec(() -> seats.allocate(wg, AllocationMode.LOTTERY_LEXIMIN, 4242L));
        assertThat(first.seed()).isEqualTo(4242L);
        assertThat(names(again.seats())).isEqualTo(names(first.seats()));
        assertThat(first.compliance()).allMatch(ComplianceRow::met);
        assertThat(first.seats()).allSatisfy(s -> assertThat(s.selectionProbability()).isBetween(0.0, 1.0));
        assertThat(first.seats().getFirst().reason()).contains("Drawn by lot");
        AllocationView legacy = asSec(() -> seats.allocate(wg, AllocationMode.LOTTERY_LEGACY, null));
        assertThat(legacy.compliance()).allMatch(ComplianceRow::met);
        assertThat(asSec(() -> seats.allocations(wg))).extracting(AllocationView::status)
                .containsExactly("PROPOSED", "DISCARDED", "DISCARDED");
    }
}
