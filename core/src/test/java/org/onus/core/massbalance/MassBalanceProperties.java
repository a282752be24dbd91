package org.onus.core.massbalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The mass-balance verdict depends on proportions only, and more input never makes a shortfall. */
class MassBalanceProperties {

    @Provide
    Arbitrary<MassBalance.Input> inputs() {
        Arbitrary<String> hs = Arbitraries.of("5201", "520300", "5205", "520712", "5208", "0702", "847130");
        Arbitrary<BigDecimal> kg = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.001"), new BigDecimal("100000"))
                .ofScale(3);
        Arbitrary<Boolean> designated = Arbitraries.of(true, false);
        return Combinators.combine(hs, kg, designated)
                .as((h, q, d) -> new MassBalance.Input(h, Optional.of(new MassBalance.Measure(q, StageUnit.KG)), d));
    }

    @Provide
    Arbitrary<List<MassBalance.Input>> inputLists() {
        return inputs().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> goods() {
        return Arbitraries.of("620342", "610910", "5208", "520511", "20029011");
    }

    @Provide
    Arbitrary<BigDecimal> factors() {
        return Arbitraries.of("0.001", "0.5", "3", "7.25", "1000", "123456.789").map(BigDecimal::new);
    }

    @Property
    void scalingEveryQuantityByTheSameFactorNeverChangesTheVerdict(
            @ForAll("goods") String goodsHs,
            @ForAll @IntRange(min = 1, max = 1_000_000) int output,
            @ForAll("inputLists") List<MassBalance.Input> inputs,
            @ForAll("factors") BigDecimal k) {
        MassBalance.Verdict before = check(goodsHs, BigDecimal.valueOf(output), inputs);
        MassBalance.Verdict after = check(
                goodsHs,
                BigDecimal.valueOf(output).multiply(k),
                inputs.stream().map(i -> scaled(i, k)).toList());

        assertThat(kinds(after)).isEqualTo(kinds(before));
    }

    @Property
    void moreDeclaredInputNeverCreatesACannotAccountFlag(
            @ForAll("goods") String goodsHs,
            @ForAll @IntRange(min = 1, max = 1_000_000) int output,
            @ForAll("inputLists") List<MassBalance.Input> inputs,
            @ForAll @IntRange(min = 0, max = 5) int which,
            @ForAll("factors") BigDecimal extra) {
        int index = which % inputs.size();
        List<MassBalance.Input> more = new java.util.ArrayList<>(inputs);
        MassBalance.Input grown = more.get(index);
        more.set(
                index,
                new MassBalance.Input(
                        grown.hsCode(),
                        Optional.of(new MassBalance.Measure(
                                grown.quantity().orElseThrow().amount().add(extra), StageUnit.KG)),
                        grown.designatedRegion()));

        List<String> before = cannotAccount(check(goodsHs, BigDecimal.valueOf(output), inputs));
        List<String> after = cannotAccount(check(goodsHs, BigDecimal.valueOf(output), more));

        assertThat(before).containsAll(after);
    }

    private static MassBalance.Verdict check(String goodsHs, BigDecimal output, List<MassBalance.Input> inputs) {
        return MassBalance.check(
                Chains.ALL,
                goodsHs,
                Optional.of(new MassBalance.Measure(output, StageUnit.KG)),
                inputs,
                Chains.DEFAULT);
    }

    private static MassBalance.Input scaled(MassBalance.Input input, BigDecimal k) {
        return new MassBalance.Input(
                input.hsCode(),
                input.quantity().map(q -> new MassBalance.Measure(q.amount().multiply(k), q.unit())),
                input.designatedRegion());
    }

    private static List<String> kinds(MassBalance.Verdict verdict) {
        return verdict.flags().stream()
                .map(f -> f.kind() + "/" + f.inputIndex() + "/" + f.stage())
                .toList();
    }

    private static List<String> cannotAccount(MassBalance.Verdict verdict) {
        return verdict.flags().stream()
                .filter(f -> f.kind() == MassBalance.FlagKind.CANNOT_ACCOUNT)
                .map(MassBalance.Flag::stage)
                .toList();
    }
}
