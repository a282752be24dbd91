package org.onus.core.screeningcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryStatus;
import org.onus.core.entry.MatchReason;
import org.onus.core.entry.ScreeningMatch;

/** The guidance a check shows is for the matched items' sectors, not every input's. */
class ConcernedSectorsTest {

    static Entry cottonFromYarkandAndFabricFromVietnam() {
        return CanonicalDisclosureProperties.entry(
                "E-1",
                "10",
                "Rotterdam",
                "2026-12-01",
                List.of(
                        new CanonicalDisclosureProperties.Input(1, "6006", "Hanoi Knits", "VN"),
                        new CanonicalDisclosureProperties.Input(3, "5201", "Shache Ginning", "653125")),
                "Cotton");
    }

    @Test
    void aDetentionConcernsTheMatchedInputsOnly() {
        Entry e = cottonFromYarkandAndFabricFromVietnam();
        ScreeningMatch lint = new ScreeningMatch(
                UUID.randomUUID(),
                1,
                "Xinjiang cotton",
                1,
                3,
                "653125",
                "650000",
                "520100",
                MatchReason.REGION_AND_SECTOR,
                null);
        e.recordScreening(new Entry.Screening(EntryStatus.DETAINED, 4, List.of(lint)), Instant.EPOCH);

        assertThat(ScreeningChecks.concernedHsCodes(e)).containsExactly("520100");
    }

    @Test
    void aClearedEntryConcernsNoSector() {
        Entry e = cottonFromYarkandAndFabricFromVietnam();
        e.recordScreening(new Entry.Screening(EntryStatus.CLEARED, 4, List.of()), Instant.EPOCH);

        assertThat(ScreeningChecks.concernedHsCodes(e)).isEmpty();
    }
}
