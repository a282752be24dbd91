package org.onus.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Test
    void countriesDivisionsAndCorpsUnitsAreWellFormedInUpperCase() {
        assertThat(RegionCode.of(" vn ").value()).isEqualTo("VN");
        assertThat(RegionCode.of("653125").value()).isEqualTo("653125");
        assertThat(RegionCode.of("xpcc-d01")).isEqualTo(RegionCode.of("XPCC-D01"));
    }

    @Test
    void blankLongOrPunctuatedCodesAreNotRegionCodes() {
        assertThatThrownBy(() -> RegionCode.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionCode.of("V")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionCode.of("65 31 25")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionCode.of("-VN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionCode.of("A".repeat(21))).isInstanceOf(IllegalArgumentException.class);
    }
}
