package org.onus.core.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordCountTest {

    @Test
    void countsRunsOfNonSpaceThatHoldALetterOrDigit() {
        assertThat(WordCount.of("China should repeal the quotas.")).isEqualTo(5);
        assertThat(WordCount.of("  Ürümqi  —  labour-transfer\tquotas\n(2019–2024) "))
                .isEqualTo(4);
        assertThat(WordCount.of("ILO C105, Art. 1 (a), (b), (e)")).isEqualTo(7);
        assertThat(WordCount.of("“quoted”  ")).isEqualTo(1);
    }

    @Test
    void emptyTextHasNoWordsAndListsAdd() {
        assertThat(WordCount.of((String) null)).isZero();
        assertThat(WordCount.of(" \n ")).isZero();
        assertThat(WordCount.of(List.of("one two", "three", ""))).isEqualTo(3);
    }
}
