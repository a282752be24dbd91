package org.onus.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onus.core.entry.EntryTest.draft;
import static org.onus.core.entry.EntryTest.file;
import static org.onus.core.entry.EntryTest.input;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/** The entry's side of the disclosure hold: the clock, refining, and detention at the deadline. */
class DisclosureHoldEntryTest {

    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.parse("2026-12-07");
    private static final UUID KASHGAR = UUID.randomUUID();

    private static DisclosureRefinement coarse(int input, boolean held) {
        return new DisclosureRefinement(
                input, "CN", List.of("653100"), KASHGAR, 1, "Kashgar cotton", List.of("COTTON"), held);
    }

    private static Entry heldEntry() {
        Entry e = file(draft("E-1", List.of(input("3", "5201.00", "CN"))));
        e.recordScreening(
                new Entry.Screening(EntryStatus.DISCLOSURE_REQUIRED, 4, List.of(), List.of(coarse(0, true)), true),
                AT,
                DEADLINE,
                ScreeningResult.Trigger.FILED,
                null);
        return e;
    }

    @Test
    void aHeldEntryKeepsItsDeadlineTheCoarseInputsAndTheListVersion() {
        Entry e = heldEntry();

        assertThat(e.held()).isTrue();
        assertThat(e.disclosureDeadline()).isEqualTo(DEADLINE);
        assertThat(e.refinements()).singleElement().satisfies(r -> {
            assertThat(r.designatedRegionCodes()).containsExactly("653100");
            assertThat(r.why()).contains("Input 1 is declared at CN, which contains 653100", "Kashgar cotton");
        });
        assertThat(e.screenings()).singleElement().satisfies(s -> {
            assertThat(s.listVersion()).isEqualTo(4);
            assertThat(s.trigger()).isEqualTo(ScreeningResult.Trigger.FILED);
        });
    }

    @Test
    void refiningDoesNotRestartTheClock() {
        Entry e = heldEntry();
        EntryTest.refine(e, List.of(input("3", "5201", "650000")));
        e.recordScreening(
                new Entry.Screening(EntryStatus.DISCLOSURE_REQUIRED, 4, List.of(), List.of(coarse(0, true)), true),
                AT,
                DEADLINE.plusDays(9),
                ScreeningResult.Trigger.REFINED,
                null);

        assertThat(e.inputs())
                .singleElement()
                .satisfies(i -> assertThat(i.regionCode()).isEqualTo("650000"));
        assertThat(e.disclosureDeadline()).isEqualTo(DEADLINE);
        assertThat(e.screenings()).hasSize(2);
    }

    @Test
    void withTheHoldOffTheEntryStillNeedsADisclosureAndSaysWhyItIsNotHeld() {
        Entry e = file(draft("E-1", List.of(input("3", "5201.00", "CN"))));
        e.recordScreening(
                new Entry.Screening(EntryStatus.DISCLOSURE_REQUIRED, 4, List.of(), List.of(coarse(0, false)), false),
                AT,
                DEADLINE,
                ScreeningResult.Trigger.FILED,
                null);

        assertThat(e.status()).isEqualTo(EntryStatus.DISCLOSURE_REQUIRED);
        assertThat(e.held()).isFalse();
        assertThat(e.disclosureDeadline()).isNull();
        assertThat(e.holdNote()).contains("switched off", "COTTON");
    }

    @Test
    void refiningIsCheckedAsOnFilingAndOnlyWhileADisclosureIsRequired() {
        Entry e = heldEntry();
        assertThatThrownBy(() -> EntryTest.refine(e, List.of(input("3", "5201", "999999"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        x -> assertThat(x.problems())
                                .extracting(Problem::code)
                                .containsExactly("inputs[0].regionCode"));
        assertThat(e.inputs())
                .singleElement()
                .satisfies(i -> assertThat(i.regionCode()).isEqualTo("CN"));

        Entry cleared = file(draft("E-2", List.of()));
        cleared.recordScreening(new Entry.Screening(EntryStatus.CLEARED, 4, List.of()), AT);
        assertThatThrownBy(() -> EntryTest.refine(cleared, List.of(input("3", "5201", "VN"))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("DISCLOSURE_REQUIRED");
    }

    @Test
    void unrefinedAtTheDeadlineTheGoodsAreDetainedNamingEachCoarseInput() {
        Entry e = heldEntry();
        e.detainUnrefined(AT);

        assertThat(e.status()).isEqualTo(EntryStatus.DETAINED);
        assertThat(e.held()).isFalse();
        assertThat(e.matches()).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo(MatchReason.DISCLOSURE_NOT_REFINED);
            assertThat(m.inputIndex()).isZero();
            assertThat(m.designationTitle()).contains("Kashgar cotton", "not refined by 2026-12-07");
        });
        assertThat(e.screenings())
                .last()
                .satisfies(s -> assertThat(s.trigger()).isEqualTo(ScreeningResult.Trigger.DEADLINE));
        assertThatThrownBy(() -> e.detainUnrefined(AT)).isInstanceOf(ConflictException.class);
    }

    @Test
    void inputsThatCannotAccountForTheGoodsAreHeldAndAtTheDeadlineDetainedNamingTheStage() {
        Entry e = file(draft("E-3", List.of(input("2", "5205.11", "VN"))));
        DisclosureRefinement shortfall = DisclosureRefinement.massBalance(
                "Cotton yarn",
                "1,000 kg of Garments need at least 1,307.2 kg of Cotton yarn; 500 kg declared",
                List.of("650000"),
                KASHGAR,
                2,
                "Xinjiang cotton",
                List.of("COTTON"));
        e.recordScreening(
                new Entry.Screening(EntryStatus.DISCLOSURE_REQUIRED, 4, List.of(), List.of(shortfall), true),
                AT,
                DEADLINE,
                ScreeningResult.Trigger.FILED,
                null);

        assertThat(e.held()).isTrue();
        assertThat(e.disclosureDeadline()).isEqualTo(DEADLINE);
        assertThat(e.refinements()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(DisclosureRefinement.Kind.MASS_BALANCE);
            assertThat(r.inputIndex()).isEqualTo(-1);
            assertThat(r.why())
                    .contains("cannot account for the goods at the stage Cotton yarn", "500 kg declared", "650000");
        });

        e.detainUnrefined(AT);

        assertThat(e.status()).isEqualTo(EntryStatus.DETAINED);
        assertThat(e.matches()).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo(MatchReason.DISCLOSURE_NOT_REFINED);
            assertThat(m.designationId()).isEqualTo(KASHGAR);
            assertThat(m.designationTitle())
                    .contains("Xinjiang cotton", "inputs not accounted for at Cotton yarn by 2026-12-07");
            assertThat(m.hsCode()).isEqualTo(e.hsCode());
        });
    }
}
