package org.onus.core.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the public statistics protect people, from MicroProfile Config (also as environment variables):
 * {@code ONUS_STATISTICS_MIN_COUNT} (default 3: counts of 1 and 2 are hidden),
 * {@code ONUS_STATISTICS_DOMINANCE_PERCENT} (default 85: a value is hidden when one importer
 * contributed more) and {@code ONUS_FISCAL_YEAR_START_MONTH} (default 1: the fiscal year is the
 * calendar year).
 */
@ApplicationScoped
public class StatisticsSettings {

    @Inject
    @ConfigProperty(name = "onus.statistics.min-count", defaultValue = "3")
    int minCount;

    @Inject
    @ConfigProperty(name = "onus.statistics.dominance-percent", defaultValue = "85")
    int dominancePercent;

    @Inject
    @ConfigProperty(name = "onus.fiscal-year.start-month", defaultValue = "1")
    int fiscalYearStartMonth;

    protected StatisticsSettings() {
        // for CDI
    }

    /** Without a container. */
    public StatisticsSettings(int minCount, int dominancePercent, int fiscalYearStartMonth) {
        this.minCount = minCount;
        this.dominancePercent = dominancePercent;
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    /** Out-of-range settings fall back to the safe defaults rather than publishing unprotected. */
    public SuppressionRules rules() {
        int threshold = minCount < 1 ? SuppressionRules.DEFAULT.threshold() : minCount;
        int share = dominancePercent < 1 || dominancePercent > 100
                ? SuppressionRules.DEFAULT.dominancePercent()
                : dominancePercent;
        return new SuppressionRules(threshold, share);
    }

    /** 1 (January) to 12; anything else is January. */
    public int fiscalYearStartMonth() {
        return fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12 ? 1 : fiscalYearStartMonth;
    }
}
