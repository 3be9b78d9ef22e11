package org.accord.balloting.tally;

/** A number of voters and the exact voting power they hold. */
public record Amount(long count, Ratio weight) {

    public static final Amount NONE = new Amount(0, Ratio.ZERO);

    public Amount plus(Amount other) {
        return new Amount(count + other.count, weight.add(other.weight));
    }

    public Ratio measure(Criterion.Measure measure) {
        return measure == Criterion.Measure.COUNT ? Ratio.of(count) : weight;
    }
}
