package org.onus.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class SubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void aMissingAddressAsksForOne() {
        assertThatThrownBy(() -> new Subscription("importer-a", Topic.DESIGNATION_LIST, " ", NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .containsExactly(new Problem("email", "Enter the email address to send updates to")));
    }

    @Test
    void aMalformedAddressSaysWhatTheFormatIs() {
        assertThatThrownBy(() -> new Subscription("importer-a", Topic.DESIGNATION_LIST, "alice@", NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(Problem::code, Problem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                "email", "Enter an email address in the correct format, like name@example.org")));
    }

    @Test
    void subscribingAgainWithTheSameAddressChangesNothing() {
        Subscription s = new Subscription("importer-a", Topic.DESIGNATION_LIST, "alice@ACME.example", NOW);

        assertThat(s.email()).isEqualTo("alice@acme.example");
        assertThat(s.sendTo(" alice@acme.EXAMPLE ")).isFalse();
        assertThat(s.sendTo("alice.martin@acme.example")).isTrue();
        assertThat(s.email()).isEqualTo("alice.martin@acme.example");
    }

    @Test
    void topicsParseFromTheirPathForm() {
        assertThat(Topic.parse("designation-list")).isEqualTo(Topic.DESIGNATION_LIST);
        assertThat(Topic.parse("DESIGNATION_LIST")).isEqualTo(Topic.DESIGNATION_LIST);
        assertThatThrownBy(() -> Topic.parse("weather")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topic.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
