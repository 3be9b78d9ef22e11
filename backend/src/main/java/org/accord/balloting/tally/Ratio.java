package org.accord.balloting.tally;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, always normalised (lowest terms, positive denominator), so that "exactly two thirds"
 * and "exactly one quarter" are decided without rounding. Equality is numeric equality.
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

    public static final Ratio ZERO = of(0);
    public static final Ratio ONE = of(1);
    public static final Ratio ONE_HALF = of(1, 2);
    public static final Ratio ONE_QUARTER = of(1, 4);
    public static final Ratio TWO_THIRDS = of(2, 3);

    public Ratio {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("denominator must not be zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = numerator.gcd(denominator);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        if (numerator.signum() == 0) {
            denominator = BigInteger.ONE;
        }
    }

    public static Ratio of(long value) {
        return new Ratio(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Ratio of(BigInteger numerator, BigInteger denominator) {
        return new Ratio(numerator, denominator);
    }

    /** The exact value of a decimal, e.g. {@code 0.55} is 11/20. */
    public static Ratio of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.scale() <= 0) {
            return new Ratio(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return new Ratio(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /** {@code percent(71)} is 71/100. */
    public static Ratio percent(long percent) {
        return of(percent, 100);
    }

    /** Parses "2/3", "0.55", "55%" or "55 %". */
    public static Ratio parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        try {
            if (t.endsWith("%")) {
                return of(new BigDecimal(t.substring(0, t.length() - 1).strip())).divide(of(100));
            }
            int slash = t.indexOf('/');
            if (slash >= 0) {
                return new Ratio(new BigInteger(t.substring(0, slash).strip()),
                        new BigInteger(t.substring(slash + 1).strip()));
            }
            return of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number or fraction: '" + text + "'", e);
        }
    }

    public Ratio add(Ratio other) {
        if (denominator.equals(other.denominator)) {
            return new Ratio(numerator.add(other.numerator), denominator);
        }
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Ratio subtract(Ratio other) {
        return add(other.negate());
    }

    public Ratio negate() {
        return new Ratio(numerator.negate(), denominator);
    }

    public Ratio multiply(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Ratio multiply(long factor) {
        return new Ratio(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    public Ratio divide(Ratio other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return new Ratio(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Ratio divide(long divisor) {
        return divide(of(divisor));
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public BigDecimal toBigDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    public double doubleValue() {
        return toBigDecimal(17).doubleValue();
    }

    /** "66.7 %" with the given number of decimals (half-up rounding; display only). */
    public String toPercentString(int decimals) {
        return multiply(of(100)).toBigDecimal(decimals).toPlainString() + " %";
    }

    /** An integer as is, otherwise a decimal with up to {@code maxDecimals} digits (trailing zeros dropped). */
    public String toDecimalString(int maxDecimals) {
        if (denominator.equals(BigInteger.ONE)) {
            return numerator.toString();
        }
        BigDecimal d = toBigDecimal(maxDecimals).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
