package id.anjungan.protocol.vacancy;

import java.util.Objects;

/**
 * What a vacancy pays, in whole rupiah.
 *
 * @param min lowest amount, null unless kind is AMOUNT
 * @param max highest amount, null for a single amount or unless kind is AMOUNT
 */
public record Pay(PayKind kind, Long min, Long max, PayPeriod period) {
    public Pay {
        Objects.requireNonNull(kind, "kind");
        period = period == null ? PayPeriod.MONTH : period;
        if (kind == PayKind.AMOUNT && min == null) {
            throw new IllegalArgumentException("a stated pay needs at least a minimum amount");
        }
        if (min != null && min < 0 || max != null && max < 0) {
            throw new IllegalArgumentException("pay cannot be negative");
        }
        if (min != null && max != null && max < min) {
            throw new IllegalArgumentException("pay maximum " + max + " is below its minimum " + min);
        }
    }

    public static Pay monthly(long amount) {
        return new Pay(PayKind.AMOUNT, amount, null, PayPeriod.MONTH);
    }

    public static Pay monthlyRange(long min, long max) {
        return new Pay(PayKind.AMOUNT, min, max, PayPeriod.MONTH);
    }

    public static Pay minimumWage() {
        return new Pay(PayKind.MINIMUM_WAGE, null, null, PayPeriod.MONTH);
    }

    public static Pay negotiable() {
        return new Pay(PayKind.NEGOTIABLE, null, null, PayPeriod.MONTH);
    }
}
