package org.onus.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ReceiptCodeTest {

    @Test
    void aCodeIsShownInFiveGroupsOfFourAndReadBackHowEverItIsTyped() {
        ReceiptCode code = ReceiptCode.random();
        String shown = code.grouped();
        assertThat(shown).matches("([0-9A-Z]{4}-){4}[0-9A-Z]{4}");
        assertThat(ReceiptCode.read(shown))
                .hasValueSatisfying(c -> assertThat(c.hash()).isEqualTo(code.hash()));
        assertThat(ReceiptCode.read(shown.toLowerCase().replace("-", " ")))
                .hasValueSatisfying(c -> assertThat(c.hash()).isEqualTo(code.hash()));
        assertThat(ReceiptCode.read(shown.replace("-", ""))).isPresent();
    }

    @Test
    void lettersMistakenForDigitsAreReadAsTheDigits() {
        assertThat(ReceiptCode.read("OOOO-IIII-LLLL-0000-1111").map(ReceiptCode::hash))
                .isEqualTo(ReceiptCode.read("0000-1111-1111-0000-1111").map(ReceiptCode::hash));
    }

    @Test
    void theHashIsNotTheCodeAndTheCodeNeverPrints() {
        ReceiptCode code = ReceiptCode.random();
        assertThat(code.hash())
                .matches("[0-9a-f]{64}")
                .doesNotContain(code.grouped().replace("-", ""));
        assertThat(code.toString()).doesNotContain(code.grouped().substring(0, 4));
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ReceiptCode.random().grouped())).isTrue();
        }
    }

    @Property
    void onlyTwentySymbolsOfTheAlphabetAreACode(@ForAll @StringLength(max = 40) String typed) {
        String compact = typed.toUpperCase().replaceAll("[-\\s]", "");
        boolean shape =
                compact.length() == 20 && compact.chars().allMatch(c -> (ReceiptCode.ALPHABET + "OIL").indexOf(c) >= 0);
        assertThat(ReceiptCode.read(typed).isPresent()).isEqualTo(shape);
    }
}
