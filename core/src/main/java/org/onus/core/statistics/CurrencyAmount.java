package org.onus.core.statistics;

import java.math.BigDecimal;

/**
 * A sum of declared values in one currency; currencies are never converted or added together.
 *
 * @param amount null when the sum is hidden (one importer dominates it, too few cases declared it, or
 *     it would let a total reveal another hidden sum)
 */
public record CurrencyAmount(String currency, BigDecimal amount) {

    public boolean suppressed() {
        return amount == null;
    }
}
