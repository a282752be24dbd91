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
    static final EntryAssembler.References REFERENCES = new EntryAssembler.References(
            Set.of("CN", "VN", "653125", "650000")::contains, Set.of("CN", "VN")::contains);

    static EntryDraft draft(String number, List<EntryDraft.InputDraft> inputs) {
        return new EntryDraft(
                number, "6109.10", "Cotton T-shirts", "vn", "1250.00", "usd", "2026-12-01", "Rotterdam", inputs);
    }

    static EntryDraft.InputDraft input(String tier, String hs, String region) {
        return new EntryDraft.InputDraft(tier, "Cotton lint", hs, "Shache Ginning Co., Ltd.", region, null, "12.5");
    }

    static Entry file(EntryDraft draft) {
        return Entry.file(
                EntryAssembler.filing(draft, REFERENCES, TODAY),
                "ACME-IMPORTS",
                "importer-a",
                null,
                Instant.parse("2026-11-28T10:00:00Z"));
    }

    /** Refines as the service does: the entry must await a disclosure before its input is read. */
    static void refine(Entry e, List<EntryDraft.InputDraft> drafts) {
        e.requireAwaitingDisclosure();
        e.refineDisclosure(EntryAssembler.disclosure(drafts, REFERENCES));
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
    void quantitiesAreFactsOfTheEntryButAnEntryWithoutThemKeepsItsEarlierFingerprint() {
        Entry plain = file(draft("E-1", List.of(input("3", "520100", "653125"))));
        // What Fingerprint.of gave for this entry before quantities existed: stored fingerprints of
        // earlier filings must still recognise a retry.
        assertThat(plain.fingerprint())
                .isEqualTo(Fingerprint.of("E-1|610910|Cotton T-shirts|VN|1250|USD|2026-12-01|Rotterdam"
                        + "||3|Cotton lint|520100|Shache Ginning Co., Ltd.|653125|null|12.5"));
        EntryDraft.InputDraft measured =
                new EntryDraft.InputDraft("3", "Raw cotton", "520100", null, "653125", null, null, "10", "T", null);
        Entry withQuantity = file(draft("E-1", List.of(measured)));
        assertThat(withQuantity.sameFactsAs(plain)).isFalse();
    }

    static final java.util.UUID COTTON = java.util.UUID.fromString("0d000000-0000-4000-8000-000000000001");
    static final java.util.UUID TRANSFER = java.util.UUID.fromString("0f000000-0000-4000-8000-000000000001");

    static final Entry.GroundReferences GROUND_REFERENCES = new Entry.GroundReferences(
            id -> id.equals(COTTON)
                    ? java.util.Optional.of(new Entry.CitedDesignation(COTTON, 2, "Xinjiang cotton"))
                    : java.util.Optional.empty(),
            id -> id.equals(TRANSFER) ? java.util.Optional.of("Labour transfer plan") : java.util.Optional.empty(),
            code -> code.equals("650000") ? java.util.Optional.of("Xinjiang") : java.util.Optional.empty());

    static Entry cleared() {
        Entry e = file(draft("E-1", List.of()));
        e.recordScreening(new Entry.Screening(EntryStatus.CLEARED, 3, List.of()), Instant.now());
        return e;
    }

    static List<String> codes(Throwable t) {
        return ((InvalidInputException) t)
                .problems().stream().map(Problem::code).toList();
    }

    @Test
    void aManualDetentionWithOnlyAReasonIsRefusedNamingTheRuleAndChangesNothing() {
        Entry e = cleared();

        assertThatThrownBy(() -> e.detainManually(
                        "officer", DetentionGrounds.reasonOnly("Intelligence"), GROUND_REFERENCES, Instant.now()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(t -> assertThat(codes(t)).containsExactly("grounds"))
                .hasMessageContaining(DetentionGrounds.RULE);
        assertThat(e.status()).isEqualTo(EntryStatus.CLEARED);
        assertThat(e.matches()).isEmpty();
        assertThat(e.manualGrounds()).isEmpty();
    }

    @Test
    void everyBadGroundAndAMissingReasonAreNamedAtOnce() {
        Entry e = cleared();

        assertThatThrownBy(() -> e.detainManually(
                        "officer",
                        new DetentionGrounds(
                                " ",
                                List.of(COTTON.toString(), "not-a-uuid", TRANSFER.toString()),
                                List.of("0f000000-0000-4000-8000-00000000dead"),
                                List.of("650000", "XX9"),
                                List.of("Kashgar Spinning", " ")),
                        GROUND_REFERENCES,
                        Instant.now()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(t -> assertThat(codes(t))
                        .containsExactly(
                                "reason",
                                "designationIds[1]",
                                "designationIds[2]",
                                "policyIds[0]",
                                "regionCodes[1]",
                                "producerNames[1]"));
        assertThat(e.status()).isEqualTo(EntryStatus.CLEARED);
    }

    @Test
    void aManualDetentionKeepsItsGroundsAndSaysWhoDetainedOnWhichGroundsAndHappensOnce() {
        Entry e = cleared();

        e.detainManually(
                "officer",
                new DetentionGrounds(
                        "Intelligence",
                        List.of(COTTON.toString()),
                        List.of(TRANSFER.toString(), TRANSFER.toString()),
                        List.of("650000"),
                        List.of("Kashgar Spinning")),
                GROUND_REFERENCES,
                Instant.parse("2026-11-28T11:00:00Z"));

        assertThat(e.status()).isEqualTo(EntryStatus.DETAINED);
        assertThat(e.detainedBy()).isEqualTo("officer");
        assertThat(e.detentionReason()).isEqualTo("Intelligence");
        assertThat(e.manualGrounds())
                .extracting(ManualGround::toString)
                .containsExactly(
                        "DESIGNATION:" + COTTON, "POLICY:" + TRANSFER, "REGION:650000", "PRODUCER:Kashgar Spinning");
        assertThat(e.matches()).allSatisfy(m -> assertThat(m.reason()).isEqualTo(MatchReason.MANUAL));
        assertThat(e.matches().get(0).designationId()).isNull();
        assertThat(e.matches().get(0).designationTitle())
                .isEqualTo("Detained by officer on grounds: designation Xinjiang cotton; policy Labour transfer plan;"
                        + " region 650000 Xinjiang; producer Kashgar Spinning. Reason: Intelligence");
        assertThat(e.matches().get(1).designationId()).isEqualTo(COTTON);
        assertThat(e.matches().get(1).designationVersion()).isEqualTo(2);
        assertThat(e.matches()).hasSize(2);
        assertThatThrownBy(() -> e.detainManually(
                        "officer", DetentionGrounds.reasonOnly("Again"), GROUND_REFERENCES, Instant.now()))
                .isInstanceOf(ConflictException.class);
    }
}
