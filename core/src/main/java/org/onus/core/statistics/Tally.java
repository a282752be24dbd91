package org.onus.core.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A number of cases and the sum of their declared values, per currency (alphabetical).
 *
 * @param values one sum per currency present, never two for the same currency
 */
public record Tally(long count, List<CurrencyAmount> values) {

    public static final Tally ZERO = new Tally(0, List.of());

    public Tally {
        values = List.copyOf(values);
    }

    /** The sum in one currency, zero when none of the cases declared that currency. */
    public BigDecimal amount(String currency) {
        return values.stream()
                .filter(v -> v.currency().equals(currency))
                .map(CurrencyAmount::amount)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    /** Adds up counts and per-currency sums. */
    static final class Builder {
        private long count;
        private final Map<String, BigDecimal> sums = new TreeMap<>();

        Builder add(long cases, String currency, BigDecimal amount) {
            count += cases;
            if (currency != null) {
                sums.merge(currency, amount == null ? BigDecimal.ZERO : amount, BigDecimal::add);
            }
            return this;
        }

        long count() {
            return count;
        }

        Tally build() {
            return new Tally(
                    count,
                    sums.entrySet().stream()
                            .map(e -> new CurrencyAmount(e.getKey(), e.getValue()))
                            .toList());
        }
    }
}
