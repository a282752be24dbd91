package org.onus.core.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class SectorTest {

    @Test
    void aSectorCoversTheHsCodesUnderItsPrefixes() {
        Sector cotton =
                Sector.define(new Sector.Definition("cotton", "Cotton", null, List.of("5201.00", "5205", " "), true));

        assertThat(cotton.code()).isEqualTo("COTTON");
        assertThat(cotton.hsPrefixes()).containsExactly("520100", "5205");
        assertThat(cotton.covers(HsCode.of("5205.11"))).isTrue();
        assertThat(cotton.covers(HsCode.of("5201.00.10"))).isTrue();
        assertThat(cotton.covers(HsCode.of("5204"))).isFalse();
    }

    @Test
    void allGoodsCoversEverythingAndTakesNoPrefixes() {
        Sector all = Sector.define(new Sector.Definition(Sector.ALL_GOODS, "All goods", null, List.of(), false));

        assertThat(all.covers(HsCode.of("0101"))).isTrue();
        assertThatThrownBy(
                        () -> Sector.define(new Sector.Definition(Sector.ALL_GOODS, "All", null, List.of("52"), false)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("takes no prefixes");
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        InvalidInputException refused = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Sector.define(new Sector.Definition("1x", " ", null, List.of("7701", "ab"), false)));

        assertThat(refused.problems())
                .extracting(Problem::code)
                .containsExactlyInAnyOrder("code", "name", "hsPrefixes", "hsPrefixes");
    }

    @Test
    void aRefusedChangeLeavesTheSectorAsItWas() {
        Sector tomato = Sector.define(new Sector.Definition("TOMATO", "Tomato products", null, List.of("2002"), true));

        assertThatThrownBy(() ->
                        tomato.redefine(new Sector.Definition("TOMATO", "", null, List.of("2002", "9999"), false)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(tomato.name()).isEqualTo("Tomato products");
        assertThat(tomato.hsPrefixes()).containsExactly("2002");
        assertThat(tomato.highPriority()).isTrue();
    }
}
