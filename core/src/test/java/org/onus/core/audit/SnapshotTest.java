package org.onus.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    @Test
    void theSameStateAlwaysGivesTheSameJsonWhateverTheOrderOfFields() {
        Snapshot one = Snapshot.of("title", "Labour transfer")
                .and("status", "IN_FORCE")
                .and("regions", List.of("650000"));
        Snapshot two = Snapshot.of("regions", List.of("650000"))
                .and("status", "IN_FORCE")
                .and("title", "Labour transfer");

        assertThat(one.toJson())
                .isEqualTo(two.toJson())
                .isEqualTo("{\"regions\":[\"650000\"],\"status\":\"IN_FORCE\",\"title\":\"Labour transfer\"}");
    }

    @Test
    void escapesTextAndWritesDatesInIso() {
        String json = Snapshot.of("note", "say \"no\"\n\\ 新疆")
                .and("issued", LocalDate.of(2023, 1, 5))
                .and("at", Instant.parse("2026-11-28T10:15:30Z"))
                .and("count", 3)
                .and("verified", true)
                .and("withdrawn", null)
                .toJson();

        assertThat(json)
                .isEqualTo("{\"at\":\"2026-11-28T10:15:30Z\",\"count\":3,\"issued\":\"2023-01-05\","
                        + "\"note\":\"say \\\"no\\\"\\n\\\\ 新疆\",\"verified\":true,\"withdrawn\":null}");
    }

    @Test
    void nothingIsNull() {
        assertThat(Snapshot.NONE.toJson()).isNull();
    }
}
