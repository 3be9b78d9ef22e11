package org.accord.balloting;

import org.accord.balloting.ledger.BallotVerifierCli;
import org.accord.balloting.tally.Position;
import org.accord.balloting.tally.RuleSpec;
import org.accord.identity.IdentityService;
import org.accord.identity.NewUser;
import org.accord.membership.*;
import org.accord.membership.seats.CountingRule;
import org.accord.shared.InvalidInputException;
import org.accord.shared.security.PlatformRole;
import org.accord.shared.security.SystemActor;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class BallotServiceIntegrationTest {

    @Autowired BallotService ballots;
    @Autowired SeatService seats;
    @Autowired IdentityService identity;
    @Autowired Fixtures fixtures;
    @Autowired org.accord.drafting.VersionService versions;
    @Autowired org.accord.drafting.DraftingService drafting;

    UUID wg;
    String secretariat;
    final List<String> seated = new ArrayList<>();

    @BeforeEach
    void seatFiveMembers() {
        wg = fixtures.workingGroup();
        secretariat = fixtures.unique("sec").toLowerCase();
        SystemActor.run("test", () -> identity.createUser(new NewUser(secretariat, "Secretariat",
                secretariat + "@example.org", "accord-demo", Set.of(PlatformRole.SECRETARIAT))));
        asSec(() -> seats.saveSeatPlan(wg, new SeatPlanSpec(5, CountingRule.COUNT_TOWARD_ALL, null, null, true, false,
                null, null, List.of(), null)));
        String[][] people = {{"KE", "SME"}, {"DE", "INDUSTRY"}, {"BR", "CIVIL_SOCIETY"}, {"FR", "ACADEMIA"},
                {"IN", "INDIGENOUS_PEOPLES"}};
        List<UUID> apps = new ArrayList<>();
        for (String[] p : people) {
            String name = fixtures.unique("voter").toLowerCase();
            SystemActor.run("test", () -> identity.createUser(new NewUser(name, "Voter " + name, name + "@example.org",
                    "accord-demo", Set.of())));
            apps.add(fixtures.as(name, () -> seats.apply(wg, new NewSeatApplication(null, p[0], List.of(p[1]), "Hi"))));
            seated.add(name);
        }
        asSec(() -> {
            seats.rank(wg, apps);
            return seats.confirm(wg, seats.allocate(wg, AllocationMode.MERIT, null).id());
        });
    }

    private <T> T asSec(Supplier<T> work) {
        return fixtures.as(secretariat, work);
    }

    private NewBallot motion(RuleSpec.Preset preset, Map<String, Integer> quotas, boolean secret) {
        return new NewBallot(wg, null, null, "Adopt the terms of reference", "Motion 1", preset, null, null, null, quotas,
                secret, null, Instant.now().plus(Duration.ofDays(7)));
    }

    private VoteReceipt vote(String who, UUID ballot, Position p) {
        return fixtures.as(who, () -> ballots.cast(ballot, new CastVote(p, List.of(), null)));
    }

    @Test
    void votesAreChainedTheLastCountsAndTheExportVerifies() throws Exception {
        BallotSummary b = asSec(() -> ballots.open(motion(RuleSpec.Preset.ISO_DIS, null, false)));
        assertThat(b.voters()).isEqualTo(5);
        VoteReceipt first = vote(seated.get(0), b.id(), Position.DISAPPROVE);
        assertThat(first.reasoned()).as("no te comment: disapprove without reasons").isFalse();
        vote(seated.get(0), b.id(), Position.APPROVE);
        vote(seated.get(1), b.id(), Position.APPROVE);
        vote(seated.get(2), b.id(), Position.APPROVE_WITH_COMMENTS);
        vote(seated.get(3), b.id(), Position.ABSTAIN);
        assertThat(fixtures.as(seated.get(0), () -> ballots.myReceipts(b.id()))).hasSize(2);
        assertThat(fixtures.as(seated.get(0), () -> ballots.checkReceipt(b.id(), first.position(), first.entryHash()))).isTrue();
        assertThat(fixtures.as(seated.get(0), () -> ballots.ballot(b.id())).myPosition()).isEqualTo("APPROVE");

        // bad input: a non-voter, a repeated submission, a result before the close
        String outsider = fixtures.member(wg, org.accord.shared.security.WorkingGroupRole.OBSERVER);
        assertThatThrownBy(() -> vote(outsider, b.id(), Position.APPROVE)).hasMessageContaining("not on the voter list");
        fixtures.as(seated.get(4), () -> ballots.cast(b.id(), new CastVote(Position.DISAPPROVE, List.of(), "k-1")));
        assertThatThrownBy(() -> fixtures.as(seated.get(4),
                () -> ballots.cast(b.id(), new CastVote(Position.APPROVE, List.of(), "k-1"))))
                .hasMessageContaining("already recorded");
        assertThatThrownBy(() -> asSec(() -> ballots.result(b.id()))).hasMessageContaining("published at the close");

        BallotResult r = asSec(() -> ballots.close(b.id()));
        assertThat(r.outcome()).as("3 of 3 P-member votes approve; the negative has no reasons").isEqualTo("PASSED");
        assertThat(r.overall().disapproveWithoutReasons()).isEqualTo(1);
        assertThat(r.negativeVotes()).singleElement().satisfies(n -> assertThat(n.reasoned()).isFalse());
        assertThatThrownBy(() -> vote(seated.get(1), b.id(), Position.DISAPPROVE)).hasMessageContaining("closed");

        Path file = Files.createTempFile("ballot", ".json");
        Files.writeString(file, asSec(() -> ballots.export(b.id())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(BallotVerifierCli.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .as(out.toString(StandardCharsets.UTF_8)).isEqualTo(BallotVerifierCli.PASS);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("not recomputed");

        String tampered = Files.readString(file).replaceFirst("\"choice\" *: *\"APPROVE\"", "\"choice\" : \"DISAPPROVE\"");
        Files.writeString(file, tampered);
        out.reset();
        assertThat(BallotVerifierCli.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEqualTo(BallotVerifierCli.FAIL);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("entry 2");
    }

    @Test
    void aVoteRacingTheCloseIsEitherCountedOrRefused() throws Exception {
        BallotSummary b = asSec(() -> ballots.open(motion(RuleSpec.Preset.ISO_CD, null, true)));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> votes = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (String who : seated) {
                votes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return vote(who, b.id(), Position.APPROVE);
                    } catch (InvalidInputException e) {
                        return e;
                    }
                }));
            }
        }
        Future<BallotResult> close = pool.submit(() -> {
            start.await();
            Thread.sleep(5);
            return asSec(() -> ballots.close(b.id()));
        });
        start.countDown();
        BallotResult result = close.get(60, TimeUnit.SECONDS);
        long recorded = 0;
        for (Future<Object> f : votes) {
            Object o = f.get(60, TimeUnit.SECONDS);
            if (o instanceof VoteReceipt) {
                recorded++;
            } else {
                assertThat(((InvalidInputException) o).getMessage()).contains("not recorded");
            }
        }
        pool.shutdown();
        String export = asSec(() -> ballots.export(b.id()));
        long inLog = export.split("\"voterToken\"", -1).length - 1;
        assertThat(inLog).as("every receipt is in the published log, nothing else").isEqualTo(recorded);
        assertThat(result.overall().approve()).isLessThanOrEqualTo(5);
        assertThat(result.negativeVotes()).isEmpty();
    }

    @Test
    void participationQuotaNotMetMakesTheRoundInvalidAndItCanBeExtended() {
        BallotSummary b = asSec(() -> ballots.open(motion(RuleSpec.Preset.ISO_CD, Map.of("group:SME", 1), false)));
        vote(seated.get(1), b.id(), Position.APPROVE);
        BallotResult r = asSec(() -> ballots.close(b.id()));
        assertThat(r.outcome()).isEqualTo("NOT_VALID");
        assertThat(r.criteria()).anyMatch(c -> !c.passed() && c.text().contains("participation quota"));
        BallotSummary reopened = asSec(() -> ballots.extend(b.id(), Instant.now().plus(Duration.ofDays(3))));
        assertThat(reopened.status()).isEqualTo("OPEN");
        vote(seated.get(0), b.id(), Position.APPROVE);
        assertThat(asSec(() -> ballots.close(b.id())).outcome()).isEqualTo("PASSED");
        assertThatThrownBy(() -> asSec(() -> ballots.extend(b.id(), Instant.now().plus(Duration.ofDays(9)))))
                .hasMessageContaining("cannot be reopened");
    }

    @Test
    void badBallotsAreRefusedWithEveryProblemNamed() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> asSec(() -> ballots.open(
                new NewBallot(wg, null, null, " ", " ", null, null, Map.of(UUID.randomUUID(), java.math.BigDecimal.valueOf(-1)),
                        null, Map.of("group:SMEs", 0), false, null, Instant.now().minusSeconds(5)))));
        assertThat(e.details()).anyMatch(d -> d.contains("title")).anyMatch(d -> d.contains("motion"))
                .anyMatch(d -> d.contains("close must be after")).anyMatch(d -> d.contains("preset"))
                .anyMatch(d -> d.contains("zero or more")).anyMatch(d -> d.contains("SMEs"));
        assertThatThrownBy(() -> fixtures.as(seated.get(0), () -> ballots.open(motion(RuleSpec.Preset.ISO_DIS, null, false))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aPassedDisBallotLetsTheSecretariatAdvanceTheDraft() {
        UUID draft = fixtures.draft(wg, 3);
        SystemActor.run("test", () -> versions.freeze(draft, "CD 2", "for the DIS ballot"));
        BallotSummary b = asSec(() -> ballots.open(new NewBallot(wg, draft, "CD 2", null, "DIS ballot on CD 2",
                RuleSpec.Preset.ISO_DIS, null, null, null, null, false, null, Instant.now().plus(Duration.ofDays(1)))));
        vote(seated.get(0), b.id(), Position.APPROVE);
        vote(seated.get(1), b.id(), Position.APPROVE);
        assertThatThrownBy(() -> asSec(() -> ballots.feedDraft(b.id()))).hasMessageContaining("still open");
        asSec(() -> ballots.close(b.id()));
        assertThat(asSec(() -> ballots.feedDraft(b.id()))).isEqualTo("40.99");
        assertThat(SystemActor.call("test", () -> drafting.stageHistory(draft))).last()
                .satisfies(h -> assertThat(h.toString()).contains("40.99").contains("DIS ballot on CD 2"));
        assertThatThrownBy(() -> asSec(() -> ballots.open(new NewBallot(wg, draft, "CD 9", null, "x",
                RuleSpec.Preset.ISO_DIS, null, null, null, null, false, null, Instant.now().plus(Duration.ofDays(1))))))
                .hasMessageContaining("'CD 9' is not a version");
    }

    @Test
    void aCustomRuleIsPublishedWithTheExportAndReTallied() throws Exception {
        assertThatThrownBy(() -> asSec(() -> ballots.open(new NewBallot(wg, null, null, "M", "Custom", RuleSpec.Preset.CUSTOM,
                null, null, null, null, false, null, Instant.now().plus(Duration.ofDays(1)),
                Map.of("approvalAtLeast", "150%"))))).hasMessageContaining("approvalAtLeast");
        BallotSummary b = asSec(() -> ballots.open(new NewBallot(wg, null, null, "M", "Custom", RuleSpec.Preset.CUSTOM,
                null, null, null, null, false, null, Instant.now().plus(Duration.ofDays(1)),
                Map.of("approvalAtLeast", "3/5", "quorumAtLeast", "50%"))));
        for (int i = 0; i < 5; i++) {
            vote(seated.get(i), b.id(), i < 3 ? Position.APPROVE : Position.DISAPPROVE);
        }
        BallotResult r = asSec(() -> ballots.close(b.id()));
        assertThat(r.outcome()).as("3 of 5 = 60 % ≥ 3/5 exactly").isEqualTo("PASSED");
        Path file = Files.createTempFile("ballot-custom", ".json");
        Files.writeString(file, asSec(() -> ballots.export(b.id())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(BallotVerifierCli.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .as(out.toString(StandardCharsets.UTF_8)).isEqualTo(BallotVerifierCli.PASS);
    }

    @Test
    void aRoundClosesByItselfAtItsClosingTime() throws Exception {
        BallotSummary b = asSec(() -> ballots.open(new NewBallot(wg, null, null, "M", "Short", RuleSpec.Preset.ISO_CD,
                null, null, null, null, false, null, Instant.now().plusMillis(1500))));
        vote(seated.get(0), b.id(), Position.APPROVE);
        Thread.sleep(1600);
        assertThatThrownBy(() -> vote(seated.get(1), b.id(), Position.APPROVE)).hasMessageContaining("not recorded");
        SystemActor.call("test", ballots::closeDue); // the scheduler may have been first
        assertThat(asSec(() -> ballots.ballot(b.id())).status()).isEqualTo("CLOSED");
        assertThat(asSec(() -> ballots.result(b.id())).outcome()).isEqualTo("PASSED");
    }
}
