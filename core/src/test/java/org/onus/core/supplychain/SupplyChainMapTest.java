package org.onus.core.supplychain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.onus.core.entry.EntryDraft;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class SupplyChainMapTest {

    static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    static final Predicate<String> REGIONS = Set.of("VN", "CN", "650000", "653100", "653125")::contains;
    static final String USCC = RegistrationScheme.withCheck("91650000MA7XYB123");

    static Supplier supplier(String name, String region, String osh) {
        return Supplier.register(
                "ACME",
                new SupplierDraft(name, List.of("Alias " + name), null, USCC, "USCC", "Road 1", region, osh)
                        .check(REGIONS),
                "importer-a",
                AT);
    }

    static Function<UUID, Optional<Supplier>> registry(Supplier... suppliers) {
        Map<UUID, Supplier> byId = new java.util.HashMap<>();
        for (Supplier s : suppliers) {
            byId.put(s.id(), s);
        }
        return id -> Optional.ofNullable(byId.get(id));
    }

    static MapDraft.InputDraft input(String tier, Supplier s, String facility, String hs, String region) {
        return new MapDraft.InputDraft(
                tier, s.id().toString(), facility, "Cotton lint", hs, region, "1200", "kg", "40");
    }

    static MapDraft map(String name, List<MapDraft.InputDraft> inputs) {
        return new MapDraft(name, "6109.10", "Cotton T-shirts", "1000", "PIECE", inputs);
    }

    @Test
    void aUsccIsCheckedByItsCheckCharacter() {
        assertThat(RegistrationScheme.USCC.accepts(USCC)).isTrue();
        assertThat(RegistrationScheme.USCC.accepts("91310000MA1FL1MMXL")).isTrue();
        String wrong = USCC.substring(0, 17) + (USCC.charAt(17) == '0' ? '1' : '0');
        assertThat(RegistrationScheme.USCC.accepts(wrong)).isFalse();
        assertThat(RegistrationScheme.OTHER.accepts("VN-0312345678")).isTrue();
    }

    @Test
    void aSupplierNeedsANameAndAKnownRegionAndAValidCode() {
        assertThatThrownBy(() -> new SupplierDraft(" ", null, null, "123", "USCC", null, "XX", "a!").check(REGIONS))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(Problem::code)
                        .containsExactlyInAnyOrder("legalName", "registrationNumber", "regionCode", "openSupplyHubId"));
    }

    @Test
    void theRegionDefaultsFromTheFacilityThenTheSupplier() {
        Supplier ginner = supplier("Shache Ginning", "653100", "CN2026ABC");
        Facility yard = ginner.addFacility(
                new SupplierDraft.FacilityDraft("Yarkand gin", null, "653125", "CN2026FAC").check(REGIONS),
                "importer-a",
                AT);
        Supplier knitter = supplier("Hanoi Knits", "VN", null);

        MapDraft.Checked checked = map(
                        "T-shirt",
                        List.of(
                                input("1", knitter, null, "6006", null),
                                input("3", ginner, yard.id().toString(), "5201", null),
                                input("3", ginner, null, "5201", "650000")))
                .check(registry(ginner, knitter), REGIONS);

        assertThat(checked.inputs()).extracting(MapInput::regionCode).containsExactly("VN", "653125", "650000");
        assertThat(checked.inputs().get(1).openSupplyHubId()).isEqualTo("CN2026FAC");
        assertThat(checked.inputs().get(2).openSupplyHubId()).isEqualTo("CN2026ABC");
        assertThat(checked.inputs().get(0).unit()).isEqualTo("KG");
    }

    @Test
    void anotherOrganisationsSupplierOrFacilityIsNamedByItsField() {
        Supplier mine = supplier("Hanoi Knits", "VN", null);
        Supplier theirs = supplier("Elsewhere", "VN", null);
        assertThatThrownBy(() -> map(
                                "T-shirt",
                                List.of(
                                        input("1", theirs, null, "6006", null),
                                        input("1", mine, UUID.randomUUID().toString(), "6006", null),
                                        new MapDraft.InputDraft(
                                                "1", mine.id().toString(), null, "Yarn", "52", null, "5", null, "101")))
                        .check(registry(mine), REGIONS))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(Problem::code)
                        .containsExactlyInAnyOrder(
                                "inputs[0].supplierId",
                                "inputs[1].facilityId",
                                "inputs[2].hsCode",
                                "inputs[2].unit",
                                "inputs[2].sharePercent"));
    }

    @Test
    void everySaveIsANewVersionAndEarlierOnesStayAsTheyWere() {
        Supplier ginner = supplier("Shache Ginning", "653125", null);
        Supplier knitter = supplier("Hanoi Knits", "VN", null);
        Function<UUID, Optional<Supplier>> registry = registry(ginner, knitter);
        SupplyChainMap m = SupplyChainMap.create(
                "ACME",
                map("T-shirt", List.of(input("3", ginner, null, "5201", null))).check(registry, REGIONS),
                "importer-a",
                AT);
        m.save(
                map("T-shirt (Vietnam)", List.of(input("1", knitter, null, "6006", null)))
                        .check(registry, REGIONS),
                1,
                "importer-a",
                AT.plusSeconds(60));

        assertThat(m.latestVersion()).isEqualTo(2);
        assertThat(m.name()).isEqualTo("T-shirt (Vietnam)");
        assertThat(m.version(1).orElseThrow().inputs()).singleElement().satisfies(i -> {
            assertThat(i.producerName()).isEqualTo("Shache Ginning");
            assertThat(i.regionCode()).isEqualTo("653125");
        });
        assertThat(m.version(2).orElseThrow().inputs())
                .singleElement()
                .extracting(MapInput::producerName)
                .isEqualTo("Hanoi Knits");
        assertThat(m.version(3)).isEmpty();
        assertThat(m.reference(m.version(1).orElseThrow()).version()).isEqualTo(1);
    }

    @Test
    void aSaveFromAnOutdatedVersionIsAConflict() {
        Supplier knitter = supplier("Hanoi Knits", "VN", null);
        MapDraft.Checked checked =
                map("T-shirt", List.of(input("1", knitter, null, "6006", null))).check(registry(knitter), REGIONS);
        SupplyChainMap m = SupplyChainMap.create("ACME", checked, "importer-a", AT);
        m.save(checked, null, "importer-a", AT);

        assertThatThrownBy(() -> m.save(checked, 1, "importer-a", AT)).isInstanceOf(ConflictException.class);
        assertThat(m.latestVersion()).isEqualTo(2);
    }

    @Test
    void aVersionBecomesEntryInputsWithTheSuppliersNameNumberAndHubId() {
        Supplier ginner = supplier("Shache Ginning", "653125", "CN2026ABC");
        MapVersion v = SupplyChainMap.create(
                        "ACME",
                        map("T-shirt", List.of(input("3", ginner, null, "5201.00", null)))
                                .check(registry(ginner), REGIONS),
                        "importer-a",
                        AT)
                .latest();

        assertThat(v.entryInputs()).singleElement().satisfies(i -> {
            assertThat(i)
                    .isEqualTo(new EntryDraft.InputDraft(
                            "3",
                            "Cotton lint",
                            "520100",
                            "Shache Ginning",
                            "653125",
                            "CN2026ABC",
                            "40",
                            "1200",
                            "KG",
                            USCC));
        });
        assertThat(v.inputs().get(0).producerRegistrationNumber()).isEqualTo(USCC);
    }
}
