package org.onus.core.sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HsCodeTest {

    @ParameterizedTest
    @CsvSource({"5201.00, 520100", "8541 42, 854142", "0904, 0904", "61, 61", "2103.20.00.10, 2103200010", "03-02, 0302"
    })
    void normalisesWhatPeopleWrite(String raw, String digits) {
        assertThat(HsCode.of(raw).digits()).isEqualTo(digits);
    }

    @Test
    void refusesWhatIsNotAnHsCodeAndSaysWhy() {
        assertThatThrownBy(() -> HsCode.of("5")).hasMessageContaining("2 to 10 digits");
        assertThatThrownBy(() -> HsCode.of("52010000001")).hasMessageContaining("2 to 10 digits, not 11");
        assertThatThrownBy(() -> HsCode.of("52A1")).hasMessageContaining("only digits");
        assertThatThrownBy(() -> HsCode.of("7701")).hasMessageContaining("chapter 77 is reserved");
        assertThatThrownBy(() -> HsCode.of("9801")).hasMessageContaining("chapter 98 does not exist");
        assertThatThrownBy(() -> HsCode.of("0001")).hasMessageContaining("chapter 00 does not exist");
        assertThatThrownBy(() -> HsCode.of(" ")).hasMessageContaining("required");
    }

    @Test
    void prefixesMatchFromTheLeft() {
        assertThat(HsCode.of("52010010").startsWith(HsCode.of("5201"))).isTrue();
        assertThat(HsCode.of("5301").startsWith(HsCode.of("5201"))).isFalse();
        assertThat(HsCode.of("854142").formatted()).isEqualTo("8541.42");
        assertThat(HsCode.of("2103200010").formatted()).isEqualTo("2103.20.0010");
    }
}
