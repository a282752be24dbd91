package org.onus.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatisticsSettingsTest {

    @Test
    void settingsBecomeTheRulesAndTheFiscalYear() {
        StatisticsSettings settings = new StatisticsSettings(5, 70, 10);
        assertThat(settings.rules()).isEqualTo(new SuppressionRules(5, 70));
        assertThat(settings.fiscalYearStartMonth()).isEqualTo(10);
    }

    @Test
    void outOfRangeSettingsFallBackToTheSafeDefaultsNeverToPublishingEverything() {
        StatisticsSettings settings = new StatisticsSettings(0, 150, 13);
        assertThat(settings.rules()).isEqualTo(SuppressionRules.DEFAULT);
        assertThat(settings.fiscalYearStartMonth()).isEqualTo(1);
    }
}
