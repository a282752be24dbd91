package org.onus.core.massbalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MassBalanceTest {

    static Optional<MassBalance.Measure> kg(String amount) {
        return Optional.of(new MassBalance.Measure(new BigDecimal(amount), StageUnit.KG));
    }

    static MassBalance.Input input(String hs, String kg, boolean designated) {
        return new MassBalance.Input(hs, kg(kg), designated);
    }

    @Test
    void aThousandKilogramsOfGarmentsCannotComeFromAHundredKilogramsOfLint() {
        MassBalance.Verdict verdict = MassBalance.check(
                Chains.ALL, "620342", kg("1000"), List.of(input("520100", "100", false)), Chains.DEFAULT);

        assertThat(verdict.chainCode()).isEqualTo("COTTON");
        assertThat(verdict.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(MassBalance.FlagKind.CANNOT_ACCOUNT);
            assertThat(f.stage()).isEqualTo("Cotton lint");
            // 1000 / (0.85 * 0.9 * 0.85) = 1537.870...
            assertThat(f.required()).isEqualByComparingTo("1537.8700");
            assertThat(f.declared()).isEqualByComparingTo("100");
            assertThat(f.action()).isEqualTo(MassBalance.Action.FLAG);
            assertThat(f.arithmetic())
                    .contains("1,000 kg of Garments need at least 1,537.9 kg of Cotton lint")
                    .contains("0.85 × 0.9 × 0.85")
                    .contains("100 kg declared");
        });
    }

    @Test
    void enoughLintWithinTheToleranceIsNotFlagged() {
        // 95 % of 1537.87 = 1460.98
        assertThat(MassBalance.check(
                                Chains.ALL, "620342", kg("1000"), List.of(input("5201", "1461", false)), Chains.DEFAULT)
                        .flags())
                .isEmpty();
        assertThat(MassBalance.check(
                                Chains.ALL, "620342", kg("1000"), List.of(input("5201", "1460", false)), Chains.DEFAULT)
                        .flags())
                .hasSize(1);
    }

    @Test
    void aDesignatedInputClaimingATinyShareWhileTheOthersFallShortIsFlagged() {
        // required lint 1537.87; others 1400 (< 1460.98) ; designated 70 = 4.6 % < 5 %; total 1470 is enough
        MassBalance.Verdict verdict = MassBalance.check(
                Chains.ALL,
                "620342",
                kg("1000"),
                List.of(input("5201", "1400", false), input("5201", "70", true)),
                Chains.DEFAULT);

        assertThat(verdict.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(MassBalance.FlagKind.DESIGNATED_SHARE_TOO_LOW);
            assertThat(f.inputIndex()).isEqualTo(1);
            assertThat(f.arithmetic()).contains("input 2 (designated region) declares 70 kg");
        });
    }

    @Test
    void aSmallDesignatedShareIsFineWhenTheOthersAccountForTheOutput() {
        assertThat(MassBalance.check(
                                Chains.ALL,
                                "620342",
                                kg("1000"),
                                List.of(input("5201", "1500", false), input("5201", "10", true)),
                                Chains.DEFAULT)
                        .flags())
                .isEmpty();
    }

    @Test
    void withoutQuantitiesNothingIsFlaggedAndTheGapIsSaid() {
        MassBalance.Verdict verdict = MassBalance.check(
                Chains.ALL,
                "620342",
                Optional.empty(),
                List.of(new MassBalance.Input("5201", Optional.empty(), false)),
                Chains.DEFAULT);

        assertThat(verdict.flags()).isEmpty();
        assertThat(verdict.quantitiesDeclared()).isFalse();
    }

    @Test
    void goodsOutsideEveryChainAreNotChecked() {
        MassBalance.Verdict verdict =
                MassBalance.check(Chains.ALL, "847130", kg("10"), List.of(input("5201", "1", false)), Chains.DEFAULT);

        assertThat(verdict.chainCode()).isNull();
        assertThat(verdict.flags()).isEmpty();
        assertThat(verdict.quantitiesDeclared()).isTrue();
    }

    @Test
    void tomatoPasteNeedsAboutSixTimesItsWeightInFreshTomatoes() {
        MassBalance.Verdict verdict = MassBalance.check(
                Chains.ALL, "20029011", kg("1000"), List.of(input("070200", "1000", false)), Chains.DEFAULT);

        assertThat(verdict.chainCode()).isEqualTo("TOMATO");
        assertThat(verdict.flags())
                .singleElement()
                .satisfies(f -> assertThat(f.required()).isEqualByComparingTo("5882.3529"));
    }

    @Test
    void theTableDecidesWhetherAFlagHolds() {
        MassBalance.Thresholds hold = new MassBalance.Thresholds(
                2, new BigDecimal("5"), MassBalance.Action.HOLD, new BigDecimal("5"), MassBalance.Action.FLAG);

        MassBalance.Verdict verdict =
                MassBalance.check(Chains.ALL, "620342", kg("1000"), List.of(input("5201", "100", false)), hold);

        assertThat(verdict.holds()).isTrue();
        assertThat(verdict.flags().get(0).action()).isEqualTo(MassBalance.Action.HOLD);
    }
}
