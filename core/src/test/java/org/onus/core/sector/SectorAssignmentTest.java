package org.onus.core.sector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.sector.SectorAssignment.SectorPrefixes;

class SectorAssignmentTest {

    private final SectorAssignment sectors = new SectorAssignment(List.of(
            new SectorPrefixes("ALL_GOODS", "All goods", List.of()),
            new SectorPrefixes("COTTON", "Cotton", List.of("5201", "5208")),
            new SectorPrefixes("APPAREL", "Apparel", List.of("61", "62")),
            new SectorPrefixes("TSHIRTS", "T-shirts", List.of("6109")),
            new SectorPrefixes("KNITS", "Knitted T-shirts", List.of("6109"))));

    @Test
    void theLongestMatchingPrefixWins() {
        assertThat(sectors.sectorsOf("520100")).containsExactly("COTTON");
        assertThat(sectors.sectorsOf("6203.42")).containsExactly("APPAREL");
        assertThat(sectors.sectorsOf("610910")).containsExactlyInAnyOrder("TSHIRTS", "KNITS");
    }

    @Test
    void goodsInNoSectorAreOtherAndAllGoodsNeverMatches() {
        assertThat(sectors.sectorsOf("8703")).containsExactly(SectorAssignment.OTHER);
        assertThat(sectors.sectorsOf(null)).containsExactly(SectorAssignment.OTHER);
        assertThat(sectors.name(SectorAssignment.OTHER)).isEqualTo("Other");
        assertThat(sectors.name("COTTON")).isEqualTo("Cotton");
    }
}
