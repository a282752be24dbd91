package org.onus.core.decisiontable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.Problem;

class DecisionTableProposalTest {

    static final List<List<String>> ROWS = List.of(
            List.of("\"CANNOT_ACCOUNT\"", "10", "\"HOLD\""), List.of("\"DESIGNATED_SHARE_TOO_LOW\"", "5", "\"FLAG\""));

    @Test
    void theProposerNeverApprovesTheirOwnProposal() {
        DecisionTableProposal p = DecisionTableProposal.propose(
                ChangeableTable.MASS_BALANCE_THRESHOLDS, 1, ROWS, "tighter", "rita", Instant.EPOCH);

        assertThatThrownBy(() -> p.approve("rita", Instant.EPOCH, 1)).isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> p.reject("rita", Instant.EPOCH)).isInstanceOf(ForbiddenActionException.class);

        p.approve("sam", Instant.EPOCH, 1);
        assertThat(p.status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(p.rows()).isEqualTo(ROWS);
        assertThatThrownBy(() -> p.reject("tom", Instant.EPOCH)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aProposalMadeFromAnOlderVersionIsNotApproved() {
        DecisionTableProposal p = DecisionTableProposal.propose(
                ChangeableTable.MASS_BALANCE_THRESHOLDS, 1, ROWS, "tighter", "rita", Instant.EPOCH);

        assertThatThrownBy(() -> p.approve("sam", Instant.EPOCH, 2)).isInstanceOf(ConflictException.class);
        assertThat(p.status()).isEqualTo(ProposalStatus.PROPOSED);
    }

    @Test
    void thresholdRowsAreCheckedCellByCell() {
        List<Problem> problems = ChangeableTable.MASS_BALANCE_THRESHOLDS.problems(
                3, List.of(List.of("\"CANNOT_ACCOUNT\"", "150", "\"STOP\""), List.of("\"X\"", "a", "\"FLAG\"")));

        assertThat(problems).extracting(Problem::code).contains("rows[0][1]", "rows[0][2]", "rows[1][1]", "rows");
        assertThat(ChangeableTable.MASS_BALANCE_THRESHOLDS.problems(3, ROWS)).isEmpty();
        assertThat(ChangeableTable.MASS_BALANCE_THRESHOLDS.problems(3, List.of(List.of("a", "b"))))
                .extracting(Problem::code)
                .containsExactly("rows[0]");
        assertThat(ChangeableTable.MASS_BALANCE_THRESHOLDS.problems(3, List.of()))
                .extracting(Problem::code)
                .containsExactly("rows");
    }
}
