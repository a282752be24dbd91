package org.onus.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/** An entry whose disclosure comes from a supply-chain map, read by the one entry pipeline. */
class EntryFromMapTest {

    static final LocalDate TODAY = EntryTest.TODAY;
    static final UUID MAP = UUID.fromString("5c000000-0000-4000-8000-000000000001");
    static final EntryDraft.InputDraft YARKAND =
            new EntryDraft.InputDraft("3", "Cotton lint", "520100", "Shache Ginning", "653125", "CN2026ABC", "40");

    static EntryAssembler assembler() {
        EntryAssembler a = new EntryAssembler();
        a.maps = (org, id, version) -> org.equals("ACME") && id.equals(MAP) && (version == null || version <= 2)
                ? Optional.of(new MapDisclosures.Disclosure(
                        new SupplyChainMapRef(MAP, "T-shirt", version == null ? 2 : version), List.of(YARKAND)))
                : Optional.empty();
        return a;
    }

    static EntryDraft draft(String mapId, String version, List<EntryDraft.InputDraft> inputs) {
        return new EntryDraft(
                "E-1",
                "6109.10",
                "Cotton T-shirts",
                "VN",
                "100",
                "USD",
                "2026-12-01",
                "Rotterdam",
                inputs,
                null,
                null,
                mapId,
                version);
    }

    static List<Problem> problems(String org, EntryDraft draft) {
        try {
            assembler().filing(org, draft, EntryTest.REFERENCES, TODAY);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("read without a problem");
    }

    @Test
    void theLatestVersionsInputsAreTheDisclosureAndTheVersionIsRecorded() {
        EntryFiling f = assembler().filing("ACME", draft(MAP.toString(), null, null), EntryTest.REFERENCES, TODAY);

        assertThat(f.supplyChainMap()).isEqualTo(new SupplyChainMapRef(MAP, "T-shirt", 2));
        assertThat(f.inputs()).singleElement().satisfies(i -> {
            assertThat(i.producer()).isEqualTo("Shache Ginning");
            assertThat(i.regionCode().value()).isEqualTo("653125");
            assertThat(i.tier()).isEqualTo(3);
        });
    }

    @Test
    void anEarlierVersionCanBeChosen() {
        EntryFiling f = assembler().filing("ACME", draft(MAP.toString(), "1", List.of()), EntryTest.REFERENCES, TODAY);

        assertThat(f.supplyChainMap().version()).isEqualTo(1);
    }

    @Test
    void inputsBesideAMapAreRefusedByTheirField() {
        assertThat(problems("ACME", draft(MAP.toString(), null, List.of(YARKAND))))
                .extracting(Problem::code)
                .containsExactly("inputs");
    }

    @Test
    void anotherOrganisationsMapIsUnknownAndAMissingVersionNamed() {
        assertThat(problems("OTHER", draft(MAP.toString(), null, null)))
                .extracting(Problem::code)
                .containsExactly("supplyChainMapId");
        assertThat(problems("ACME", draft(MAP.toString(), "3", null)))
                .extracting(Problem::code)
                .containsExactly("supplyChainMapVersion");
        assertThat(problems("ACME", draft("nope", "0", null)))
                .extracting(Problem::code)
                .containsExactlyInAnyOrder("supplyChainMapId", "supplyChainMapVersion");
    }

    @Test
    void problemsWithTheRestOfTheEntryAreNamedTogether() {
        EntryDraft bad = new EntryDraft(
                "E-1",
                "61",
                "Cotton T-shirts",
                "VN",
                "100",
                "USD",
                "2026-12-01",
                "Rotterdam",
                null,
                null,
                null,
                "x",
                null);
        assertThat(problems("ACME", bad))
                .extracting(Problem::code)
                .containsExactlyInAnyOrder("supplyChainMapId", "hsCode");
    }

    @Test
    void readingWithoutAnOrganisationNeverFilesAMapEntryAsIfItHadNoInputs() {
        assertThatThrownBy(() -> EntryAssembler.filing(draft(MAP.toString(), null, null), EntryTest.REFERENCES, TODAY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(Problem::code)
                        .containsExactly("supplyChainMapId"));
    }

    @Test
    void withoutAMapNothingChanges() {
        EntryFiling f = assembler().filing("ACME", draft(null, null, List.of(YARKAND)), EntryTest.REFERENCES, TODAY);

        assertThat(f.supplyChainMap()).isNull();
        assertThat(f.inputs()).hasSize(1);
        assertThat(assembler()
                        .filing("ACME", draft(" ", null, List.of(YARKAND)), EntryTest.REFERENCES, TODAY)
                        .supplyChainMap())
                .isNull();
    }
}
