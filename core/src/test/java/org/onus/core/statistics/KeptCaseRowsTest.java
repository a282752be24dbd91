package org.onus.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onus.core.statistics.SuppressionTest.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptCaseRowsTest {

    private final KeptCaseRows kept = new KeptCaseRows();

    @Test
    void rowsAnswerOnlyForTheHeadTheyWereReadAt() {
        List<CaseRow> rows = List.of(row("A", "DETAINED", "KH", "610910", "USD", 2, "20.00"));

        assertThat(kept.at(7)).isEmpty();
        kept.keep(7, rows);

        assertThat(kept.at(7)).contains(rows);
        assertThat(kept.at(8)).as("a change since: read again").isEmpty();
        assertThat(kept.at(6)).isEmpty();
    }

    @Test
    void theLatestReadReplacesTheRowsKept() {
        kept.keep(7, List.of(row("A", "DETAINED", "KH", "610910", "USD", 2, "20.00")));
        List<CaseRow> later = List.of(row("A", "RELEASED", "KH", "610910", "USD", 2, "20.00"));

        kept.keep(8, later);

        assertThat(kept.at(8)).contains(later);
        assertThat(kept.at(7)).isEmpty();
    }

    @Test
    void whatTheCallerDoesWithItsListLaterDoesNotChangeTheRowsKept() {
        List<CaseRow> rows = new ArrayList<>(List.of(row("A", "DETAINED", "KH", "610910", "USD", 2, "20.00")));
        kept.keep(7, rows);

        rows.add(row("B", "DETAINED", "KH", "610910", "USD", 5, "50.00"));

        assertThat(kept.at(7).orElseThrow()).hasSize(1);
    }
}
