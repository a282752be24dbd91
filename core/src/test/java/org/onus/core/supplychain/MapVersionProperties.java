package org.onus.core.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.onus.core.problem.ConflictException;

/**
 * Any sequence of saves, each from the latest version or from an outdated one: versions count
 * 1, 2, 3... without a gap, an outdated save changes nothing, and every version keeps exactly what
 * was saved as it (what an entry filed from it disclosed).
 */
class MapVersionProperties {

    static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    record Save(int material, boolean outdated) {}

    @Provide
    Arbitrary<List<Save>> saves() {
        return Arbitraries.integers()
                .between(0, 9)
                .flatMap(m -> Arbitraries.of(true, false).map(o -> new Save(m, o)))
                .list()
                .ofMaxSize(25);
    }

    @Property(tries = 200)
    void versionsAreNumberedWithoutGapsAndNeverChange(@ForAll("saves") List<Save> saves) {
        Supplier s = SupplyChainMapTest.supplier("Hanoi Knits", "VN", null);
        SupplyChainMap m = SupplyChainMap.create("ACME", checked(s, -1), "importer-a", AT);
        List<String> saved = new ArrayList<>(List.of("Material -1"));
        for (Save save : saves) {
            int expected = save.outdated() && m.latestVersion() > 1 ? 1 : m.latestVersion();
            try {
                m.save(checked(s, save.material()), expected, "importer-a", AT);
                saved.add("Material " + save.material());
            } catch (ConflictException e) {
                assertThat(expected).isNotEqualTo(m.latestVersion());
            }
        }
        assertThat(m.latestVersion()).isEqualTo(saved.size());
        for (int n = 1; n <= saved.size(); n++) {
            MapVersion v = m.version(n).orElseThrow();
            assertThat(v.number()).isEqualTo(n);
            assertThat(v.inputs().get(0).material()).isEqualTo(saved.get(n - 1));
            assertThat(v.entryInputs().get(0).material()).isEqualTo(saved.get(n - 1));
        }
        assertThat(m.latest().number()).isEqualTo(m.latestVersion());
    }

    static MapDraft.Checked checked(Supplier s, int material) {
        return new MapDraft(
                        "Map",
                        "610910",
                        "T-shirts",
                        null,
                        null,
                        List.of(new MapDraft.InputDraft(
                                "1", s.id().toString(), null, "Material " + material, "6006", null, null, null, null)))
                .check(id -> Optional.of(s), SupplyChainMapTest.REGIONS);
    }
}
