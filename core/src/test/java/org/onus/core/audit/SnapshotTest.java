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
                        + "\"note\":\"say \\\"no\\\"\\n\\\\ 新疆\",\"verified\":true}");
    }

    @Test
    void aFieldWithoutAValueIsLeftOutOfTheWholeState() {
        assertThat(Snapshot.of("status", "DETAINED").and("decidedBy", null).toJson())
                .isEqualTo("{\"status\":\"DETAINED\"}");
        assertThat(Snapshot.of("decidedBy", null).toJson()).isEqualTo("{}");
    }

    @Test
    void aChangeRecordsTheEarlierValuesOfTheFieldsItAlteredOnly() {
        Snapshot before = Snapshot.of("status", "REBUTTAL_SUBMITTED")
                .and("decidedBy", null)
                .and("evidence", 3)
                .and("route", "NOT_APPLICABLE");
        Snapshot after = Snapshot.of("status", "RELEASED")
                .and("decidedBy", "officer")
                .and("evidence", 3)
                .and("route", "NOT_APPLICABLE")
                .and("outcome", "RELEASE");

        assertThat(before.changedFieldsJson(after))
                .isEqualTo("{\"decidedBy\":null,\"outcome\":null,\"status\":\"REBUTTAL_SUBMITTED\"}");
        assertThat(AuditTrail.recordedBefore(before, after)).isEqualTo(before.changedFieldsJson(after));
        assertThat(Snapshot.before(before.changedFields(after), after.fields()))
                .containsExactlyInAnyOrderEntriesOf(Snapshot.of("status", "REBUTTAL_SUBMITTED")
                        .and("evidence", 3)
                        .and("route", "NOT_APPLICABLE")
                        .fields());
        assertThat(before.changedFieldsJson(before))
                .as("a change that altered nothing")
                .isEqualTo("{}");
    }

    @Test
    void creationsAndRemovalsRecordTheWholeState() {
        Snapshot state = Snapshot.of("status", "DRAFT").and("title", "Cotton");
        assertThat(AuditTrail.recordedBefore(Snapshot.NONE, state)).isNull();
        assertThat(AuditTrail.recordedBefore(state, Snapshot.NONE)).isEqualTo(state.toJson());
    }

    @Test
    void nothingIsNull() {
        assertThat(Snapshot.NONE.toJson()).isNull();
    }
}
