package org.onus.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class StatePolicyTest {

    static final UUID NOTICE = UUID.fromString("e0000000-0000-4000-8000-000000000001");
    static final StatePolicy.References REFERENCES = new StatePolicy.References(
            code -> Set.of("650000", "653100", "540000").contains(code), NOTICE::equals);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aNewPolicyIsInForce() {
        StatePolicy policy = enact();

        assertThat(policy.status()).isEqualTo(PolicyStatus.IN_FORCE);
        assertThat(policy.regionCodes()).containsExactly("650000", "653100");
        assertThat(policy.sourceIds()).containsExactly(NOTICE);
        assertThat(policy.statusChanges()).isEmpty();
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        StatePolicy.Description bad = new StatePolicy.Description(
                " ", null, "14 Dec 2021", "x".repeat(10_001), List.of("999999"), List.of("not-an-id"));

        assertThatThrownBy(() -> StatePolicy.enact(bad, REFERENCES))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().stream().map(Problem::code))
                                .containsExactly(
                                        "title", "authority", "issued", "summary", "regionCodes", "sourceIds"));
    }

    @Test
    void aPolicyAppliesSomewhere() {
        StatePolicy.Description nowhere =
                new StatePolicy.Description("Labour transfer plan", "Government", null, null, List.of(), List.of());

        assertThatThrownBy(() -> StatePolicy.enact(nowhere, REFERENCES))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least one region");
    }

    @Test
    void aRepealIsClaimedThenVerifiedOnEvidence() {
        StatePolicy policy = enact();

        policy.changeStatus(PolicyStatus.REPEAL_CLAIMED, "Importer submitted a repeal notice", List.of(), "reg", NOW);
        PolicyStatusChange verified = policy.changeStatus(
                PolicyStatus.REPEAL_VERIFIED, "Notice checked with the gazette", List.of(NOTICE), "reg", NOW);

        assertThat(policy.status()).isEqualTo(PolicyStatus.REPEAL_VERIFIED);
        assertThat(verified.from()).isEqualTo(PolicyStatus.REPEAL_CLAIMED);
        assertThat(verified.evidenceIds()).containsExactly(NOTICE);
        assertThat(policy.statusChanges()).hasSize(2);
    }

    @Test
    void aFailedClaimPutsThePolicyBackInForce() {
        StatePolicy policy = enact();
        policy.changeStatus(PolicyStatus.REPEAL_CLAIMED, "Claimed", List.of(), "reg", NOW);

        policy.changeStatus(PolicyStatus.IN_FORCE, "Targets still published in 2026", List.of(), "reg", NOW);

        assertThat(policy.status()).isEqualTo(PolicyStatus.IN_FORCE);
    }

    @Test
    void aVerifiedRepealNeedsEvidence() {
        StatePolicy policy = enact();
        policy.changeStatus(PolicyStatus.REPEAL_CLAIMED, "Claimed", List.of(), "reg", NOW);

        assertThatThrownBy(() ->
                        policy.changeStatus(PolicyStatus.REPEAL_VERIFIED, "Looks repealed", List.of(), "reg", NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("verified only on evidence");
        assertThat(policy.status()).isEqualTo(PolicyStatus.REPEAL_CLAIMED);
    }

    @Test
    void aPolicyInForceCannotJumpToVerifiedRepeal() {
        StatePolicy policy = enact();

        assertThatThrownBy(() ->
                        policy.changeStatus(PolicyStatus.REPEAL_VERIFIED, "Repealed", List.of(NOTICE), "reg", NOW))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::message)
                                .containsExactly("From IN_FORCE it can only become REPEAL_CLAIMED"));
        assertThat(policy.status()).isEqualTo(PolicyStatus.IN_FORCE);
        assertThat(policy.statusChanges()).isEmpty();
    }

    @Test
    void aStatusChangeNeedsAReason() {
        StatePolicy policy = enact();

        assertThatThrownBy(() -> policy.changeStatus(PolicyStatus.REPEAL_CLAIMED, "  ", List.of(), "reg", NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Say why");
    }

    @Test
    void statusesParseFromWhatPeopleType() {
        assertThat(PolicyStatus.parse(" repeal_claimed ")).isEqualTo(PolicyStatus.REPEAL_CLAIMED);
        assertThatThrownBy(() -> PolicyStatus.parse("REPEALED"))
                .hasMessageContaining("use IN_FORCE, REPEAL_CLAIMED or REPEAL_VERIFIED");
    }

    private static StatePolicy enact() {
        return StatePolicy.enact(
                new StatePolicy.Description(
                        "Poverty alleviation through labour transfer",
                        "XUAR People's Government",
                        "2018-03-01",
                        "Quotas for transferring rural labourers",
                        List.of("650000", "653100 "),
                        List.of(NOTICE.toString())),
                REFERENCES);
    }
}
