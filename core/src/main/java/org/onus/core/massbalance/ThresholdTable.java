package org.onus.core.massbalance;

/**
 * The mass-balance thresholds decision table (tolerance, designated-share floor and the action per
 * flag kind), as the domain asks it. Implemented by the process engine's decision service
 * (workflows), which answers the latest deployed version and its number, so a check records the
 * version it was judged under.
 */
public interface ThresholdTable {

    /** The table's key among the decision tables regulators change under four eyes. */
    String KEY = "mass-balance-thresholds";

    /** @throws IllegalStateException if the table has no rule for a flag kind */
    MassBalance.Thresholds current();
}
