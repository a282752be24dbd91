package org.onus.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionConfigTest {

    static final Instant NOW = Instant.parse("2036-03-01T03:00:00Z");

    @Test
    void theDefaultsAreValidAndCountBackOnTheCalendar() {
        RetentionConfig c = RetentionConfig.of("P10Y", "P5Y", "PT24H", "3", "true");
        assertThat(c.closedCases().cutoff(NOW)).isEqualTo(Instant.parse("2026-03-01T03:00:00Z"));
        assertThat(c.submissions().cutoff(NOW)).isEqualTo(Instant.parse("2031-03-01T03:00:00Z"));
        assertThat(c.addressHashes().cutoff(NOW)).isEqualTo(Instant.parse("2036-02-29T03:00:00Z"));
        assertThat(c.hour()).isEqualTo(3);
        assertThat(c.scheduled()).isTrue();
    }

    @Test
    void addressHashesAreNeverKeptLongerThanADay() {
        assertThat(RetentionConfig.of("P10Y", "P5Y", "PT24H", "3", "true")
                        .addressHashes()
                        .text())
                .isEqualTo("PT24H");
        assertThat(RetentionConfig.of("P10Y", "P5Y", "PT1H", "3", "true")
                        .addressHashes()
                        .text())
                .isEqualTo("PT1H");
        assertThatThrownBy(() -> RetentionConfig.of("P10Y", "P5Y", "PT25H", "3", "true"))
                .hasMessageContaining("ONUS_RETENTION_ADDRESS_HASHES=PT25H")
                .hasMessageContaining("at most PT24H");
        assertThatThrownBy(() -> RetentionConfig.of("P10Y", "P5Y", "P2D", "3", "true"))
                .hasMessageContaining("ONUS_RETENTION_ADDRESS_HASHES");
    }

    @Test
    void everyBadValueIsNamedAtOnce() {
        assertThatThrownBy(() -> RetentionConfig.of("ten years", "-P1Y", "PT24H", "25", "maybe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ONUS_RETENTION_CLOSED_CASES 'ten years' is not an ISO 8601 period")
                .hasMessageContaining("ONUS_RETENTION_SUBMISSIONS '-P1Y' is negative")
                .hasMessageContaining("ONUS_RETENTION_HOUR=25")
                .hasMessageContaining("ONUS_RETENTION_SCHEDULED=maybe");
    }

    @Test
    void anEmptyPeriodIsRefused() {
        assertThatThrownBy(() -> RetentionConfig.of(" ", "P5Y", "PT24H", "3", "true"))
                .hasMessageContaining("ONUS_RETENTION_CLOSED_CASES is empty");
    }

    @Test
    void periodsAreReadInEitherCaseAndZeroMeansAtOnce() {
        RetentionPeriod p = RetentionPeriod.parse("p6m");
        assertThat(p.text()).isEqualTo("P6M");
        assertThat(p.cutoff(NOW)).isEqualTo(Instant.parse("2035-09-01T03:00:00Z"));
        assertThat(RetentionPeriod.parse("PT0S").cutoff(NOW)).isEqualTo(NOW);
        assertThat(RetentionPeriod.parse("P0D").cutoff(NOW)).isEqualTo(NOW);
    }
}
