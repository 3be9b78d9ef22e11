package org.accord.balloting.tally;

/** Display helpers. Display only: every decision is made on exact {@link Ratio}s. */
final class Texts {

    private Texts() {
    }

    static String number(Ratio r) {
        return r.toDecimalString(4);
    }

    /**
     * Percentages of value and threshold, with one decimal unless that would make a different value look equal to
     * the threshold (e.g. 66.66 % vs 2/3), in which case more decimals are shown.
     */
    static String[] percents(Ratio value, Ratio threshold) {
        int decimals = 1;
        String v = value.toPercentString(decimals);
        String t = threshold.toPercentString(decimals);
        while (v.equals(t) && value.compareTo(threshold) != 0 && decimals < 8) {
            decimals++;
            v = value.toPercentString(decimals);
            t = threshold.toPercentString(decimals);
        }
        return new String[] {v, t};
    }
}
