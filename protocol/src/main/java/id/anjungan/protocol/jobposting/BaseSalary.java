package id.anjungan.protocol.jobposting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.anjungan.protocol.reference.Region;
import id.anjungan.protocol.vacancy.Pay;
import id.anjungan.protocol.vacancy.PayKind;
import id.anjungan.protocol.vacancy.PayPeriod;

/** Maps pay onto baseSalary: a MonetaryAmount in rupiah whose value is a QuantitativeValue. */
final class BaseSalary {
    static final String CURRENCY = "IDR";
    private static final String PROPERTY = "baseSalary";

    private BaseSalary() {
    }

    /**
     * The baseSalary of a pay, or null when it states no amount: negotiable pay, or the minimum wage
     * of a region whose minimum wage we do not know. The minimum wage is written as its amount.
     */
    static ObjectNode toJson(Pay pay, Region region) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode quantity = json.objectNode().put("@type", "QuantitativeValue");
        switch (pay.kind()) {
            case NEGOTIABLE -> {
                return null;
            }
            case MINIMUM_WAGE -> {
                if (region.minimumWage() <= 0) {
                    return null;
                }
                quantity.put("value", region.minimumWage()).put("unitText", PayPeriod.MONTH.name());
            }
            case AMOUNT -> {
                if (pay.max() == null) {
                    quantity.put("value", pay.min());
                } else {
                    quantity.put("minValue", pay.min()).put("maxValue", pay.max());
                }
                quantity.put("unitText", pay.period().name());
            }
        }
        ObjectNode amount = json.objectNode().put("@type", "MonetaryAmount").put("currency", CURRENCY);
        amount.set("value", quantity);
        return amount;
    }

    /** Whether the pay period must be written as an extension: baseSalary has no unit to carry it. */
    static boolean periodNeedsExtension(Pay pay) {
        return pay.kind() != PayKind.AMOUNT && pay.period() != PayPeriod.MONTH;
    }

    /**
     * The pay a posting states.
     *
     * @param kind the pay kind our extension names, or null to tell it from baseSalary
     * @param period the pay period our extension names, or null to take it from baseSalary
     */
    static Pay fromJson(JsonNode posting, PayKind kind, PayPeriod period) {
        if (kind == PayKind.MINIMUM_WAGE || kind == PayKind.NEGOTIABLE) {
            return new Pay(kind, null, null, period);
        }
        JsonNode salary = LdValues.property(posting, PROPERTY);
        Pay stated = salary == null ? null : stated(posting, salary, period);
        if (stated == null && kind == PayKind.AMOUNT) {
            throw new JobPostingFormatException(PROPERTY, "an amount is required for pay kind AMOUNT");
        }
        return stated != null ? stated : new Pay(PayKind.NEGOTIABLE, null, null, period);
    }

    private static Pay stated(JsonNode posting, JsonNode salary, PayPeriod period) {
        checkRupiah(posting, salary);
        // a number, a MonetaryAmount with a number, or a MonetaryAmount with a QuantitativeValue
        JsonNode value = salary.isObject() ? LdValues.property(salary, "value") : salary;
        boolean nested = value != null && value.isObject();
        JsonNode quantity = nested ? value : salary;
        Long amount = LdValues.wholeNumber(nested ? LdValues.property(value, "value") : value, PROPERTY);
        Long min = LdValues.wholeNumber(LdValues.property(quantity, "minValue"), PROPERTY);
        Long max = LdValues.wholeNumber(LdValues.property(quantity, "maxValue"), PROPERTY);
        if (amount == null && min == null && max == null) {
            return null;
        }
        if (period == null) {
            period = LdValues.enumValue(PayPeriod.class, LdValues.property(quantity, "unitText"), PROPERTY + " unitText");
        }
        try {
            if (amount != null) {
                return new Pay(PayKind.AMOUNT, amount, null, period);
            }
            // "up to" a maximum alone is read as that amount
            return min != null ? new Pay(PayKind.AMOUNT, min, max, period) : new Pay(PayKind.AMOUNT, max, null, period);
        } catch (IllegalArgumentException e) {
            throw new JobPostingFormatException(PROPERTY, e.getMessage(), e);
        }
    }

    private static void checkRupiah(JsonNode posting, JsonNode salary) {
        String currency = LdValues.text(salary, "currency");
        if (currency == null) {
            currency = LdValues.text(posting, "salaryCurrency");
        }
        if (currency != null && !currency.equalsIgnoreCase(CURRENCY)) {
            throw new JobPostingFormatException(PROPERTY, "pay in " + currency + " is not supported, only rupiah (IDR)");
        }
    }
}
