package org.onus.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;

class RemovalRequestTest {

    private static final Instant NOW = Instant.parse("2027-01-05T10:00:00Z");

    private static RemovalRequest filed() {
        return RemovalRequest.file(
                new RemovalRequest.Subject(UUID.randomUUID(), UUID.randomUUID(), "Entity list", "Hoshine", "hoshine"),
                new RemovalRequest.Description("entity", "We closed the plant in 2026", null),
                List.of(),
                "a".repeat(64),
                NOW);
    }

    @Test
    void theProposerCannotDecideAndADifferentSeniorRegulatorCan() {
        RemovalRequest r = filed();
        assertThat(r.reference()).startsWith("RR-");
        assertThat(r.relation()).isEqualTo(RemovalRequest.Relation.ENTITY);
        r.propose(RemovalRequest.Outcome.GRANT, "Closure verified", "regulator", NOW);
        assertThat(r.status()).isEqualTo(RemovalStatus.PROPOSED);
        assertThatThrownBy(() -> r.decide("regulator", NOW, 7)).isInstanceOf(ForbiddenActionException.class);
        r.decide("senior-regulator", NOW, 7);
        assertThat(r.status()).isEqualTo(RemovalStatus.GRANTED);
        assertThat(r.listVersion()).contains(7);
        assertThatThrownBy(() -> r.decide("senior-regulator-2", NOW, 8)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aProposalSentBackOpensTheRequestAgainAndADenialIsADecision() {
        RemovalRequest r = filed();
        r.propose(RemovalRequest.Outcome.DENY, "No evidence", "regulator", NOW);
        r.sendBack("senior-regulator");
        assertThat(r.status()).isEqualTo(RemovalStatus.RECEIVED);
        assertThat(r.proposedOutcome()).isEmpty();
        r.propose(RemovalRequest.Outcome.DENY, "Still supplies the listed plant", "senior-regulator", NOW);
        r.decide("senior-regulator-2", NOW, 3);
        assertThat(r.status()).isEqualTo(RemovalStatus.DENIED);
    }

    @Test
    void reasonsAreRequiredEverywhere() {
        assertThatThrownBy(() -> RemovalRequest.check(new RemovalRequest.Description("nobody", " ", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.code()).containsExactly("relation", "reasons"));
        RemovalRequest r = filed();
        assertThatThrownBy(() -> r.propose(RemovalRequest.Outcome.GRANT, "", "regulator", NOW))
                .isInstanceOf(InvalidInputException.class);
    }
}
