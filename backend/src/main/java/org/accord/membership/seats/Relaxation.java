package org.accord.membership.seats;

/** Change one bound of a quota: {@code bound} is "min" or "max". */
public record Relaxation(String attribute, String bound, int from, int to) {
    @Override
    public String toString() {
        return (bound.equals("min") ? "minimum" : "maximum") + " for " + attribute + ": change from " + from + " to "
                + to;
    }
}
