package org.onus.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class InboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void aNewMessageIsUnreadUntilMarkedReadOnce() {
        InboxMessage m = InboxMessage.to("importer-a", " List published ", "Version 3", "/designations", NOW);

        assertThat(m.unread()).isTrue();
        assertThat(m.subject()).isEqualTo("List published");
        assertThat(m.markRead(NOW)).isTrue();
        assertThat(m.markRead(NOW.plusSeconds(5))).isFalse();
        assertThat(m.readAt()).isEqualTo(NOW);
        assertThat(m.isFor("importer-a")).isTrue();
        assertThat(m.isFor("importer-b")).isFalse();
    }

    @Test
    void subjectAndBodyAreRequiredAndBounded() {
        assertThatThrownBy(() -> InboxMessage.Content.of(" ", null, null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e)
                        .problems().stream().map(Problem::code).toList())
                .isEqualTo(java.util.List.of("subject", "body"));
        assertThat(InboxMessage.Content.of("s".repeat(300), "b".repeat(10_000), null)
                        .subject())
                .hasSize(300);
        assertThatThrownBy(() -> InboxMessage.Content.of("s".repeat(301), "b", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("300");
        assertThatThrownBy(() -> InboxMessage.Content.of("s", "b".repeat(10_001), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("10,000");
    }

    @Test
    void aSubjectIsOneLineSoItCannotAddMailHeaders() {
        assertThatThrownBy(() -> InboxMessage.Content.of("Hello\r\nBcc: x@example.org", "b", null))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/inbox", "/designations/3?v=2#top"})
    void linksArePathsInsideThePortal(String link) {
        assertThat(InboxMessage.Content.of("s", "b", link).link()).isEqualTo(link);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example",
                "//evil.example/x",
                "/\\evil.example",
                "javascript:alert(1)",
                "inbox",
                "/a b"
            })
    void linksElsewhereAreRefused(String link) {
        assertThatThrownBy(() -> InboxMessage.Content.of("s", "b", link))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(Problem::code)
                        .containsExactly("link"));
    }

    @Test
    void anEmptyLinkIsNone() {
        assertThat(InboxMessage.Content.of("s", "b", "  ").link()).isNull();
    }

    @Test
    void aMessageNeedsARecipient() {
        assertThatThrownBy(() -> InboxMessage.to(" ", "s", "b", null, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("user");
    }
}
