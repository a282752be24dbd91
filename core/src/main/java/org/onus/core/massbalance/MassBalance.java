package org.onus.core.massbalance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The mass-balance check: could the declared inputs have made the goods? The goods' quantity is
 * taken back through the conversion chain to each earlier stage an input is declared at; what
 * the output needs there is compared with what is declared. Comparisons are exact (the
 * quantities are multiplied by the chain's yield, never divided), so scaling every quantity by
 * the same factor never changes the verdict. Pure: no state, no I/O.
 */
public final class MassBalance {

    /** What a flag says about a disclosure. */
    public enum FlagKind {
        /** The inputs declared at a stage cannot account for the output: fewer than it needs, less the tolerance. */
        CANNOT_ACCOUNT,
        /** A designated-region input claims impossibly little: its share is below the floor while the others do not add up. */
        DESIGNATED_SHARE_TOO_LOW
    }

    /** What the thresholds table says to do about a flag. */
    public enum Action {
        /** A screening reason an officer sees; the goods are not held for it. */
        FLAG,
        /** The goods are held for the disclosure to be explained, the flag cited as the ground. */
        HOLD
    }

    /** A quantity in a stage's unit (converted from what was declared). */
    public record Measure(BigDecimal amount, StageUnit unit) {
        public Measure {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(unit, "unit");
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("A quantity is positive");
            }
        }
    }

    /** A disclosed input as the check needs it; {@code quantity} empty when none was declared. */
    public record Input(String hsCode, Optional<Measure> quantity, boolean designatedRegion) {
        public Input {
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** The thresholds-table version in force and what it says. Percentages from 0 to 100. */
    public record Thresholds(
            int tableVersion,
            BigDecimal tolerancePercent,
            Action cannotAccount,
            BigDecimal minDesignatedSharePercent,
            Action designatedShareTooLow) {
        public Thresholds {
            Objects.requireNonNull(tolerancePercent, "tolerancePercent");
            Objects.requireNonNull(minDesignatedSharePercent, "minDesignatedSharePercent");
            Objects.requireNonNull(cannotAccount, "cannotAccount");
            Objects.requireNonNull(designatedShareTooLow, "designatedShareTooLow");
        }

        public Action actionFor(FlagKind kind) {
            return kind == FlagKind.CANNOT_ACCOUNT ? cannotAccount : designatedShareTooLow;
        }
    }

    /**
     * One finding, with its arithmetic.
     *
     * @param inputIndex the input (0-based) a designated-share flag is about; null for a stage's total
     * @param required what the output needs at the stage, in {@code unit}
     * @param declared what is declared at the stage (or by the input), in {@code unit}
     */
    public record Flag(
            FlagKind kind,
            Integer inputIndex,
            String stage,
            BigDecimal required,
            BigDecimal declared,
            StageUnit unit,
            Action action,
            String arithmetic) {}

    /**
     * @param chainCode the chain the goods were checked through; null when no chain covers them
     * @param quantitiesDeclared whether the goods and every input carry a quantity
     */
    public record Verdict(String chainCode, boolean quantitiesDeclared, List<Flag> flags) {
        public Verdict {
            flags = List.copyOf(flags);
        }

        public boolean holds() {
            return flags.stream().anyMatch(f -> f.action() == Action.HOLD);
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MassBalance() {}

    /** The chain whose stage matches the goods' HS code by the longest prefix, if any. */
    public static Optional<ConversionChain> chainFor(List<ConversionChain> chains, String goodsHsCode) {
        return chains.stream()
                .filter(c -> c.stageOf(goodsHsCode) > 0)
                .max(Comparator.comparingInt(c -> c.matchLength(goodsHsCode)));
    }

    public static Verdict check(
            List<ConversionChain> chains,
            String goodsHsCode,
            Optional<Measure> goods,
            List<Input> inputs,
            Thresholds thresholds) {
        boolean complete = goods.isPresent()
                && !inputs.isEmpty()
                && inputs.stream().allMatch(i -> i.quantity().isPresent());
        Optional<ConversionChain> found = chainFor(chains, goodsHsCode);
        if (found.isEmpty()) {
            return new Verdict(null, complete, List.of());
        }
        ConversionChain chain = found.get();
        int goodsStage = chain.stageOf(goodsHsCode);
        List<Stage> stages = chain.stages();
        if (goods.isEmpty() || goods.get().unit() != stages.get(goodsStage).unit()) {
            return new Verdict(chain.code(), complete, List.of());
        }
        BigDecimal output = goods.get().amount();
        BigDecimal tolerance =
                BigDecimal.ONE.subtract(thresholds.tolerancePercent().divide(HUNDRED));
        BigDecimal floor = thresholds.minDesignatedSharePercent().divide(HUNDRED);
        List<Flag> flags = new ArrayList<>();
        for (int s = 0; s < goodsStage; s++) {
            Stage stage = stages.get(s);
            List<Integer> at = inputsAt(chain, s, inputs);
            if (at.isEmpty()) {
                continue;
            }
            BigDecimal yield = chain.yieldBetween(s, goodsStage);
            BigDecimal declared = sum(inputs, at, i -> true);
            BigDecimal others = sum(inputs, at, i -> !i.designatedRegion());
            BigDecimal needed = output.multiply(tolerance); // compared with declared × yield
            BigDecimal required = output.divide(yield, MathContext.DECIMAL64);
            Context context = new Context(chain, goodsStage, s, output, required, thresholds);
            if (declared.multiply(yield).compareTo(needed) < 0) {
                flags.add(new Flag(
                        FlagKind.CANNOT_ACCOUNT,
                        null,
                        stage.name(),
                        scale(required),
                        declared,
                        stage.unit(),
                        thresholds.cannotAccount(),
                        context.cannotAccount(declared)));
            }
            boolean othersShort = others.multiply(yield).compareTo(needed) < 0;
            for (int index : at) {
                Input input = inputs.get(index);
                if (!input.designatedRegion() || !othersShort) {
                    continue;
                }
                BigDecimal amount = input.quantity().orElseThrow().amount();
                if (amount.multiply(yield).compareTo(output.multiply(floor)) < 0) {
                    flags.add(new Flag(
                            FlagKind.DESIGNATED_SHARE_TOO_LOW,
                            index,
                            stage.name(),
                            scale(required),
                            amount,
                            stage.unit(),
                            thresholds.designatedShareTooLow(),
                            context.designatedShare(index, amount, others)));
                }
            }
        }
        return new Verdict(chain.code(), complete, flags);
    }

    private static List<Integer> inputsAt(ConversionChain chain, int stage, List<Input> inputs) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            if (input.quantity().isPresent()
                    && input.quantity().get().unit()
                            == chain.stages().get(stage).unit()
                    && chain.stageOf(input.hsCode()) == stage) {
                at.add(i);
            }
        }
        return at;
    }

    private static BigDecimal sum(List<Input> inputs, List<Integer> at, java.util.function.Predicate<Input> which) {
        return at.stream()
                .map(inputs::get)
                .filter(which)
                .map(i -> i.quantity().orElseThrow().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP);
    }

    /** Writes the arithmetic of a flag as officers read it. */
    private record Context(
            ConversionChain chain,
            int goodsStage,
            int stage,
            BigDecimal output,
            BigDecimal required,
            Thresholds thresholds) {

        String cannotAccount(BigDecimal declared) {
            return head()
                    + "; with the tolerance of " + number(thresholds.tolerancePercent()) + " % at least "
                    + amount(minimum()) + " " + symbol(stage) + " must be declared; "
                    + amount(declared) + " " + symbol(stage) + " declared.";
        }

        String designatedShare(int index, BigDecimal amount, BigDecimal others) {
            BigDecimal share = amount.multiply(HUNDRED).divide(required, MathContext.DECIMAL64);
            return head()
                    + "; input " + (index + 1) + " (designated region) declares " + amount(amount) + " "
                    + symbol(stage) + ", " + number(share.setScale(1, RoundingMode.HALF_UP))
                    + " % of that, below the floor of " + number(thresholds.minDesignatedSharePercent())
                    + " %, while the other inputs at this stage declare " + amount(others) + " "
                    + symbol(stage) + ", short of " + amount(minimum()) + " " + symbol(stage) + ".";
        }

        private BigDecimal minimum() {
            return required.multiply(
                    BigDecimal.ONE.subtract(thresholds.tolerancePercent().divide(HUNDRED)));
        }

        private String head() {
            List<Stage> stages = chain.stages();
            String yields = stages.subList(stage, goodsStage).stream()
                    .map(s -> number(s.yieldToNext().orElseThrow()))
                    .collect(Collectors.joining(" × "));
            return amount(output) + " " + symbol(goodsStage) + " of "
                    + stages.get(goodsStage).name()
                    + " need at least " + amount(required) + " " + symbol(stage) + " of "
                    + stages.get(stage).name()
                    + " (" + amount(output) + " ÷ (" + yields + "), chain " + chain.code() + ")";
        }

        private String symbol(int s) {
            return chain.stages().get(s).unit().symbol();
        }
    }

    /** A quantity as shown: grouped thousands, at most one decimal. */
    static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A factor or percentage as shown: as many decimals as it has, up to six. */
    static String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
