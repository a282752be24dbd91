package org.onus.core.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in an ISO 4217 currency, to the cent: at most two decimals and 17 whole digits, which is
 * what the stored columns hold ({@code numeric(19,2)}).
 */
public record Money(BigDecimal amount, Currency currency) implements Serializable {

    static final int MAX_WHOLE_DIGITS = 17;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() > 2 || amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
            throw new IllegalArgumentException("An amount has at most 17 whole digits and 2 decimals, not " + amount);
        }
    }

    /**
     * Reads an amount as people type it ({@code 1250.00}, {@code " 12.5 "}).
     *
     * @throws IllegalArgumentException when it is not a number to the cent
     */
    public static BigDecimal amountOf(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("An amount is required");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + raw.strip() + "\" is not an amount such as 1250.00");
        }
        if (amount.scale() > 2 || amount.precision() - amount.scale() > MAX_WHOLE_DIGITS) {
            throw new IllegalArgumentException("\"" + raw.strip() + "\" has more than 2 decimals or 17 whole digits");
        }
        return amount;
    }

    /**
     * Reads a currency by its ISO 4217 code, in any case ({@code usd}).
     *
     * @throws IllegalArgumentException when there is no such currency
     */
    public static Currency currencyOf(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("A currency is required");
        }
        try {
            return Currency.getInstance(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + raw.strip() + "\" is not an ISO 4217 currency code");
        }
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** The ISO 4217 code, e.g. {@code USD}. */
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** Equal amounts compare equal whatever their scale: 1250 USD is 1250.00 USD. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.compareTo(m.amount) == 0 && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currencyCode();
    }
}
