package org.accord.balloting.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BanzhafPowerTest {

    /**
     * 1958 EEC Council, quota 12 of 17. Winning coalitions: all three big members (8 subsets of BE/NL/LU) or two big
     * + BE + NL (3 x 2). Swings: each big member 6 + 4 = 10, BE and NL 6 each, LU none; total 42.
     */
    @Test
    void eec1958LuxembourgHasNoPower() {
        BanzhafPower.Result r = BanzhafPower.compute(List.of("FR", "DE", "IT", "BE", "NL", "LU"),
                new long[] {4, 4, 4, 2, 2, 1}, 12);
        assertThat(r.members()).extracting(BanzhafPower.Power::swings).containsExactly(10L, 10L, 10L, 6L, 6L, 0L);
        assertThat(r.of("FR").normalised()).isEqualTo(Ratio.of(5, 21));
        assertThat(r.of("BE").normalised()).isEqualTo(Ratio.of(1, 7));
        assertThat(r.of("LU").normalised()).isEqualTo(Ratio.ZERO);
        assertThat(r.of("FR").absolute()).isEqualTo(Ratio.of(10, 32));
        assertThat(r.zeroPowerMembers()).containsExactly("LU");
        assertThat(r.hasZeroPowerMember()).isTrue();
        assertThat(r.warnings()).singleElement().asString().startsWith("LU has weight 1 of 17 but zero Banzhaf power");
    }

    @Test
    void cenelecWeightsAt71Percent() {
        BanzhafPower.Result r = BanzhafPower.forShare(Rule.CENELEC_MEMBERS, Ratio.percent(71));
        assertThat(r.totalWeight()).isEqualTo(96);
        assertThat(r.quota()).isEqualTo(69); // 71 % of 96 = 68.16
        // exact against brute force over all 2^18 coalitions
        long[] w = Rule.CENELEC_MEMBERS.stream().mapToLong(v -> v.weight().longValueExact()).toArray();
        long[] brute = bruteForceSwings(w, 69);
        assertThat(r.members()).extracting(BanzhafPower.Power::swings)
                .containsExactly(java.util.Arrays.stream(brute).boxed().toArray(Long[]::new));
        // equal weights, equal power; more weight, at least as much power
        assertThat(r.of("FR").normalised()).isEqualTo(r.of("UK").normalised());
        assertThat(r.of("BE").normalised()).isEqualTo(r.of("CH").normalised());
        for (int i = 1; i < r.members().size(); i++) {
            assertThat(r.members().get(i - 1).normalised()).isGreaterThanOrEqualTo(r.members().get(i).normalised());
        }
        Ratio sum = r.members().stream().map(BanzhafPower.Power::normalised).reduce(Ratio.ZERO, Ratio::add);
        assertThat(sum).isEqualTo(Ratio.ONE);
        assertThat(r.hasZeroPowerMember()).isFalse();
        System.out.println("CENELEC Banzhaf at quota 69/96: " + r.members().stream()
                .map(p -> p.member() + "=" + p.normalised().toPercentString(2)).toList());
    }

    @Test
    void thirtyMembersIsFast() {
        long[] w = new long[30];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            w[i] = 1 + (i * 37L) % 100;
            names.add("m" + i);
        }
        long total = java.util.Arrays.stream(w).sum();
        long t0 = System.nanoTime();
        BanzhafPower.Result r = BanzhafPower.compute(names, w, total / 2 + 1);
        System.out.println("Banzhaf, 30 members, total weight " + total + ": "
                + (System.nanoTime() - t0) / 1_000 + " µs");
        Ratio sum = r.members().stream().map(BanzhafPower.Power::normalised).reduce(Ratio.ZERO, Ratio::add);
        assertThat(sum).isEqualTo(Ratio.ONE);
    }

    @Test
    void zeroWeightIsNotAWarning() {
        BanzhafPower.Result r = BanzhafPower.compute(List.of("A", "B", "obs"), new long[] {1, 1, 0}, 2);
        assertThat(r.of("obs").swings()).isZero();
        assertThat(r.of("A").swings()).isEqualTo(2); // {B} and {B, obs}
        assertThat(r.hasZeroPowerMember()).isFalse();
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> BanzhafPower.compute(List.of("A", "B"), new long[] {1, -1}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> BanzhafPower.compute(List.of("A", "B"), new long[] {0, 0}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all weights are zero");
        assertThatThrownBy(() -> BanzhafPower.compute(List.of("A", "B"), new long[] {1, 1}, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quota");
        assertThatThrownBy(() -> BanzhafPower.forShare(Rule.CENELEC_MEMBERS, Ratio.parse("1.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void dynamicProgrammingMatchesBruteForce(@ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 12)
            Integer> weights, @ForAll @IntRange(min = 1, max = 120) int quotaSeed) {
        long[] w = weights.stream().mapToLong(Integer::longValue).toArray();
        long total = java.util.Arrays.stream(w).sum();
        if (total == 0) {
            return;
        }
        long quota = 1 + quotaSeed % total;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            names.add("m" + i);
        }
        BanzhafPower.Result r = BanzhafPower.compute(names, w, quota);
        long[] brute = bruteForceSwings(w, quota);
        for (int i = 0; i < w.length; i++) {
            assertThat(r.members().get(i).swings()).isEqualTo(brute[i]);
        }
    }

    static long[] bruteForceSwings(long[] w, long quota) {
        int n = w.length;
        long[] swings = new long[n];
        for (int mask = 0; mask < (1 << n); mask++) {
            long s = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    s += w[i];
                }
            }
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) == 0 && s < quota && s + w[i] >= quota) {
                    swings[i]++;
                }
            }
        }
        return swings;
    }
}
