package org.accord.balloting.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Prints the FSC tally time for 100,000 voters; asserts only correctness, never time. */
class TallyTimingTest {

    @Test
    void fscHundredThousandVoters() {
        Random rnd = new Random(7);
        String[] chambers = {"environmental", "social", "economic"};
        String[] subs = {"north", "south"};
        String[] constituencies = {"indigenous", "smallholders", "unions", "certificate-holders"};
        List<Voter> voters = new ArrayList<>(100_000);
        List<Vote> votes = new ArrayList<>(100_000);
        long yes = 0;
        for (int i = 0; i < 100_000; i++) {
            MemberKind kind = rnd.nextInt(10) < 3 ? MemberKind.ORGANISATION : MemberKind.INDIVIDUAL;
            Voter v = Voter.inChamber("m" + i, chambers[i % 3], subs[(i / 3) % 2], kind);
            if (rnd.nextInt(20) == 0) {
                v = v.withConstituencies(constituencies[rnd.nextInt(constituencies.length)]);
            }
            voters.add(v);
            int r = rnd.nextInt(100);
            if (r < 70) {
                votes.add(new Vote(v.id(), Position.APPROVE));
                yes++;
            } else if (r < 80) {
                votes.add(new Vote(v.id(), Position.DISAPPROVE));
            } else if (r < 90) {
                votes.add(new Vote(v.id(), Position.ABSTAIN));
            } // else absent
        }
        for (int i = 0; i < 5; i++) {
            Tally.compute(Rule.FSC, voters, votes); // warm-up
        }
        long[] ms = new long[9];
        TallyResult result = null;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            result = Tally.compute(Rule.FSC, voters, votes);
            ms[i] = (System.nanoTime() - t0) / 1_000;
        }
        Arrays.sort(ms);
        System.out.printf("FSC tally, 100,000 voters / %d votes: best %.1f ms, median %.1f ms (%d runs)%n",
                votes.size(), ms[0] / 1000.0, ms[ms.length / 2] / 1000.0, ms.length);

        assertThat(result.overall().all().count()).isEqualTo(100_000);
        assertThat(result.overall().positive().count()).isEqualTo(yes);
        assertThat(result.overall().all().weight()).isEqualTo(Ratio.ONE);
        for (ChamberBreakdown c : result.chambers()) {
            assertThat(c.totals().all().weight()).isEqualTo(Ratio.of(1, 3));
            for (ChamberBreakdown.SubChamber s : c.subChambers()) {
                assertThat(s.totals().all().weight()).isEqualTo(Ratio.of(1, 6));
            }
        }
        assertThat(result.criteria()).hasSize(3);
        assertThat(result.constituencies()).hasSize(4);
        // about 70 % yes of 90 % present in every chamber: valid and passed
        assertThat(result.outcome()).isEqualTo(TallyResult.Outcome.PASSED);
    }
}
