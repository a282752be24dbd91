package org.onus.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class EntryTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    static final Entry.References REFERENCES =
            new Entry.References(Set.of("CN", "VN", "653125", "650000")::contains, Set.of("CN", "VN")::contains);

    static EntryDraft draft(String number, List<EntryDraft.InputDraft> inputs) {
        return new EntryDraft(
                number, "6109.10", "Cotton T-shirts", "vn", "1250.00", "usd", "2026-12-01", "Rotterdam", inputs);
    }

    static EntryDraft.InputDraft input(String tier, String hs, String region) {
        return new EntryDraft.InputDraft(tier, "Cotton lint", hs, "Shache Ginning Co., Ltd.", region, null, "12.5");
    }

    static Entry file(EntryDraft draft) {
        return Entry.file(
                draft, REFERENCES, "ACME-IMPORTS", "importer-a", null, Instant.parse("2026-11-28T10:00:00Z"), TODAY);
    }

    @Test
    void aGoodDraftIsNormalised() {
        Entry e = file(draft("E-1", List.of(input("3", "5201.00", "653125"))));
        assertThat(e.hsCode()).isEqualTo("610910");
        assertThat(e.originCountry()).isEqualTo("VN");
        assertThat(e.currency()).isEqualTo("USD");
        assertThat(e.inputs()).singleElement().satisfies(i -> {
            assertThat(i.hsCode()).isEqualTo("520100");
            assertThat(i.tier()).isEqualTo(3);
            assertThat(i.sharePercent()).isEqualByComparingTo("12.5");
        });
    }

    @Test
    void everyProblemIsReportedAgainstItsFieldAtOnce() {
        EntryDraft bad = new EntryDraft(
                "E 1 !",
                "61",
                " ",
                "XX",
                "-1",
                "EURO",
                "2030-01-01",
                null,
                List.of(input("0", "77", "999999"), input("1", "5201", "VN")));
        assertThatThrownBy(() -> file(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactlyInAnyOrder(
                                        "entryNumber",
                                        "hsCode",
                                        "description",
                                        "originCountry",
                                        "value",
                                        "currency",
                                        "arrivalDate",
                                        "port",
                                        "inputs[0].tier",
                                        "inputs[0].hsCode",
                                        "inputs[0].regionCode"));
    }

    @Test
    void theSameFactsAreTheSameEntryAndDifferentFactsAreNot() {
        Entry first = file(draft("E-1", List.of(input("3", "5201.00", "653125"))));
        Entry retry = file(draft("E-1", List.of(input("3", "520100", "653125"))));
        Entry other = file(draft("E-1", List.of(input("2", "520100", "653125"))));
        assertThat(first.sameFactsAs(retry)).isTrue();
        assertThat(first.sameFactsAs(other)).isFalse();
    }

    @Test
    void aManualDetentionNeedsAReasonAndHappensOnce() {
        Entry e = file(draft("E-1", List.of()));
        e.recordScreening(new Entry.Screening(EntryStatus.CLEARED, 3, List.of()), Instant.now());
        assertThatThrownBy(() -> e.detainManually("officer", " ", Instant.now()))
                .isInstanceOf(InvalidInputException.class);
        e.detainManually("officer", "Intelligence", Instant.now());
        assertThat(e.status()).isEqualTo(EntryStatus.DETAINED);
        assertThat(e.matches())
                .singleElement()
                .satisfies(m -> assertThat(m.reason()).isEqualTo("MANUAL"));
        assertThatThrownBy(() -> e.detainManually("officer", "Again", Instant.now()))
                .isInstanceOf(ConflictException.class);
    }
}
