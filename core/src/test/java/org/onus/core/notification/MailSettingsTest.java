package org.onus.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    @Test
    void theDelayDoublesAfterEachFailure() {
        assertThat(MailSettings.backoff(1, TEN_SECONDS, 8)).isEqualTo(Duration.ofSeconds(10));
        assertThat(MailSettings.backoff(2, TEN_SECONDS, 8)).isEqualTo(Duration.ofSeconds(20));
        assertThat(MailSettings.backoff(5, TEN_SECONDS, 8)).isEqualTo(Duration.ofSeconds(160));
    }

    @Test
    void theDelayNeverExceedsAnHour() {
        assertThat(MailSettings.backoff(15, TEN_SECONDS, 100)).isEqualTo(Duration.ofHours(1));
        assertThat(MailSettings.backoff(99, TEN_SECONDS, 100)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void afterTheLastAttemptItGivesUp() {
        assertThat(MailSettings.backoff(7, TEN_SECONDS, 8)).isNotNull();
        assertThat(MailSettings.backoff(8, TEN_SECONDS, 8)).isNull();
    }

    @Test
    void errorsAreOneLineWithTheirCauses() {
        String described = OutboxSender.describe(
                new IllegalStateException("outer", new java.net.ConnectException("Connection refused")));

        assertThat(described).isEqualTo("IllegalStateException: outer <- ConnectException: Connection refused");
    }
}
