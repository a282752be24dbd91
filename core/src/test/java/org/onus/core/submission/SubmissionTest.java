package org.onus.core.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;

class SubmissionTest {

    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    static final Submission.References REFERENCES =
            new Submission.References(Set.of("650000", "653100")::contains, Set.of("COTTON", "TOMATO")::contains);

    static Submission.Description description(boolean contactAllowed, String contact) {
        return new Submission.Description(
                "  Workers are sent to the mill  ",
                List.of("650000", " 653100 "),
                List.of("cotton"),
                List.of("Mill A", "Mill A", " "),
                List.of("https://example.org"),
                contactAllowed,
                contact);
    }

    static Submission received(boolean contactAllowed, String contact) {
        return Submission.receive(
                description(contactAllowed, contact), REFERENCES, List.of(), ReceiptCode.random(), "hash", NOW);
    }

    @Test
    void aSubmissionIsKeptTidiedAndOnlyWithTheContactWhenContactIsAllowed() {
        Submission s = received(false, "me@example.org");
        assertThat(s.summary()).isEqualTo("Workers are sent to the mill");
        assertThat(s.regionCodes()).containsExactly("650000", "653100");
        assertThat(s.sectorCodes()).containsExactly("COTTON");
        assertThat(s.producers()).containsExactly("Mill A");
        assertThat(s.contact()).as("contact not allowed: not kept").isEmpty();
        assertThat(s.status()).isEqualTo(SubmissionStatus.RECEIVED);

        assertThat(received(true, "me@example.org").contact()).contains("me@example.org");
    }

    @Test
    void everyWrongFieldIsNamed() {
        Submission.Description wrong = new Submission.Description(
                " ", List.of("NOWHERE"), List.of("PLUTONIUM"), List.of("x".repeat(301)), null, true, " ");
        assertThatThrownBy(() -> Submission.check(wrong, REFERENCES))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactlyInAnyOrder(
                                        "summary", "regionCodes", "sectorCodes", "producers", "contact"));
    }

    @Property
    void listsAreBoundedAtTwentyNames(@ForAll @IntRange(min = 0, max = 40) int count) {
        List<String> sources = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> "source " + i)
                .toList();
        Submission.Description d =
                new Submission.Description("text", List.of(), List.of(), List.of(), sources, false, null);
        if (count <= Submission.MAX_NAMES) {
            Submission.check(d, REFERENCES);
        } else {
            assertThatThrownBy(() -> Submission.check(d, REFERENCES))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::code)
                                    .containsExactly("sources"));
        }
    }

    @Test
    void aQuestionOpensTheThreadAndItsAnswerClosesItOnceOnly() {
        Submission s = received(false, null);
        SubmissionQuestion q = s.ask("Which town?", "regulator", NOW);
        assertThat(s.status()).isEqualTo(SubmissionStatus.QUESTION_OPEN);
        s.answer(q.id(), "Hotan", NOW.plusSeconds(60));
        assertThat(s.status()).isEqualTo(SubmissionStatus.RECEIVED);
        assertThat(s.questions().get(0).answer()).contains("Hotan");
        assertThatThrownBy(() -> s.answer(q.id(), "Again", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> s.answer(UUID.randomUUID(), "?", NOW)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> s.ask(" ", "regulator", NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void triageClosesTheSubmissionAndNothingMoreCanBeAskedOrDecided() {
        Submission accepted = received(false, null);
        accepted.accept(List.of(UUID.randomUUID()), "regulator", NOW);
        assertThat(accepted.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(accepted.closedAt()).contains(NOW);
        assertThatThrownBy(() -> accepted.ask("More?", "regulator", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accepted.reject("late", "regulator", NOW)).isInstanceOf(ConflictException.class);

        Submission rejected = received(false, null);
        assertThatThrownBy(() -> rejected.reject("  ", "regulator", NOW)).isInstanceOf(InvalidInputException.class);
        rejected.reject("Outside the scope", "regulator", NOW);
        assertThat(rejected.triageReason()).contains("Outside the scope");
        assertThat(rejected.status().closed()).isTrue();

        Submission linked = received(false, null);
        UUID policy = UUID.randomUUID();
        linked.linkToPolicy(policy, "regulator", NOW);
        assertThat(linked.linkedPolicyId()).contains(policy);
        assertThat(linked.status()).isEqualTo(SubmissionStatus.LINKED);
    }

    @Test
    void theAuditSnapshotHoldsNeitherTheTextNorTheContact() {
        Submission s = received(true, "secret-contact@example.org");
        String json = s.snapshot().toJson();
        assertThat(json).doesNotContain("secret-contact", "Workers are sent", "Mill A");
        assertThat(json).contains("650000", "RECEIVED");
        assertThat(Collections.frequency(List.of(json), null)).isZero();
    }

    @Test
    void theAddressHashIsForgotten() {
        Submission s = received(false, null);
        assertThat(s.remembersAddress()).isTrue();
        s.forgetAddress();
        assertThat(s.remembersAddress()).isFalse();
    }
}
