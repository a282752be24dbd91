package org.onus.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeptTotalsTest {

    static final String QUEUE = "select count(c) from DetentionCase c where c.port = :port";

    @Test
    void aTotalServesOnlyTheHeadItWasCountedAtAndTheSameQueryAndParameters() {
        KeptTotals kept = new KeptTotals();
        Map<String, Object> params = new HashMap<>(Map.of("port", "CNSHA", "statuses", List.of("DETAINED")));
        kept.keep(new KeptTotals.Key(QUEUE, params), 41, 7);
        params.put("port", "changed after keeping");

        assertThat(kept.at(new KeptTotals.Key(QUEUE, Map.of("port", "CNSHA", "statuses", List.of("DETAINED"))), 41))
                .as("an equal query and equal parameters, the map copied when kept")
                .contains(7L);
        assertThat(kept.at(new KeptTotals.Key(QUEUE, Map.of("port", "CNSHA", "statuses", List.of("DETAINED"))), 42))
                .as("something was audited since")
                .isEmpty();
        assertThat(kept.at(new KeptTotals.Key(QUEUE, Map.of("port", "NLRTM", "statuses", List.of("DETAINED"))), 41))
                .isEmpty();
        assertThat(kept.at(new KeptTotals.Key(QUEUE + " and 1 = 1", Map.of("port", "CNSHA")), 41))
                .isEmpty();
    }

    @Test
    void aFilterOnTodayIsKeptPerDayAndTooManyFiltersAreForgotten() {
        KeptTotals kept = new KeptTotals();
        String overdue = "select count(c) from DetentionCase c where c.storedDeadline < :today";
        kept.keep(new KeptTotals.Key(overdue, Map.of("today", LocalDate.of(2026, 12, 5))), 9, 3);
        assertThat(kept.at(new KeptTotals.Key(overdue, Map.of("today", LocalDate.of(2026, 12, 6))), 9))
                .isEmpty();

        for (int i = 0; i < KeptTotals.MAX_KEPT; i++) {
            kept.keep(new KeptTotals.Key(QUEUE, Map.of("port", "P" + i)), 9, i);
        }
        assertThat(kept.at(new KeptTotals.Key(overdue, Map.of("today", LocalDate.of(2026, 12, 5))), 9))
                .as("forgotten with the others once the limit was reached")
                .isEmpty();
        assertThat(kept.at(new KeptTotals.Key(QUEUE, Map.of("port", "P" + (KeptTotals.MAX_KEPT - 1))), 9))
                .contains((long) KeptTotals.MAX_KEPT - 1);
    }

    @Test
    void onlyAFewRequestsCountApartAtOnceSoThatNoneWaitsForASecondConnection() {
        KeptTotals kept = new KeptTotals();
        for (int i = 0; i < KeptTotals.CONCURRENT_COUNTS; i++) {
            assertThat(kept.startCounting()).isTrue();
        }
        assertThat(kept.startCounting())
                .as("all permits taken: count in the request's own")
                .isFalse();
        kept.doneCounting();
        assertThat(kept.startCounting()).isTrue();
    }
}
