package org.onus.core.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * A published number of cases and the sum of their declared values, per currency (alphabetical).
 * A suppressed tally carries neither: too few cases, or hidden so that a total cannot reveal another
 * hidden cell.
 *
 * @param count zero when suppressed
 * @param values one sum per currency present, never two for the same currency; none when suppressed;
 *     a sum hidden on its own (dominance, too few cases in that currency) has no amount
 */
public record Tally(long count, List<CurrencyAmount> values, boolean suppressed) {

    public static final Tally ZERO = new Tally(0, List.of(), false);

    public static final Tally SUPPRESSED = new Tally(0, List.of(), true);

    public Tally {
        values = suppressed ? List.of() : List.copyOf(values);
        count = suppressed ? 0 : count;
    }

    public Tally(long count, List<CurrencyAmount> values) {
        this(count, values, false);
    }

    /** The sum in one currency: zero when none of the cases declared it, null when it is hidden. */
    public BigDecimal amount(String currency) {
        for (CurrencyAmount v : values) {
            if (v.currency().equals(currency)) {
                return v.amount();
            }
        }
        return BigDecimal.ZERO;
    }
}
