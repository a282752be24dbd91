package org.onus.core.statistics;

import java.math.BigDecimal;

/**
 * When a published number could point at one shipment or one importer.
 *
 * @param threshold the fewest cases a shown count or value may stand for (default 3)
 * @param dominancePercent a value is hidden when one importer contributed more than this share of it
 *     (default 85)
 */
public record SuppressionRules(int threshold, int dominancePercent) {

    public static final SuppressionRules DEFAULT = new SuppressionRules(3, 85);

    public SuppressionRules {
        if (threshold < 1) {
            throw new IllegalArgumentException("The threshold must be at least 1, not " + threshold);
        }
        if (dominancePercent < 1 || dominancePercent > 100) {
            throw new IllegalArgumentException("The dominance share must be 1 to 100 %, not " + dominancePercent);
        }
    }

    /** Some cases, but fewer than the threshold. */
    boolean countUnsafe(long count) {
        return count > 0 && count < threshold;
    }

    /** Too few cases declared the currency, or one importer contributed more than the dominance share. */
    boolean valueUnsafe(Cell.Money money) {
        if (money == null || money.count == 0) {
            return false;
        }
        if (money.count < threshold) {
            return true;
        }
        return money.largestContribution()
                        .multiply(BigDecimal.valueOf(100))
                        .compareTo(money.amount.multiply(BigDecimal.valueOf(dominancePercent)))
                > 0;
    }
}
