package org.onus.core.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The presumption applied to one entry, with the rule against coarse origins (issue 12): a
 * disclosed input declared at a region that contains a designated region of a designation whose
 * sectors cover it (a country such as CN, a province holding a designated prefecture), or at no
 * region, cannot be cleared — the disclosure must be refined. The goods' own origin country counts
 * only when no input is disclosed. An entry whose inputs are all declared precisely outside
 * designated regions is cleared.
 */
public final class DisclosureRule {

    /** One item declared too coarsely, and the designation it cannot rule out. */
    public record Coarse(ScreenedItem item, ScreeningIndex.Within within) {}

    /**
     * What the rule found: matches detain; otherwise coarse items require a disclosure; otherwise
     * the entry is cleared.
     */
    public record Result(List<Match> matches, List<Coarse> coarse) {

        public Result {
            matches = List.copyOf(matches);
            coarse = List.copyOf(coarse);
        }

        public boolean detains() {
            return !matches.isEmpty();
        }

        public boolean disclosureRequired() {
            return matches.isEmpty() && !coarse.isEmpty();
        }

        public boolean clears() {
            return matches.isEmpty() && coarse.isEmpty();
        }
    }

    private DisclosureRule() {}

    /**
     * @param goods the goods, declared at their country of origin ({@link ScreenedItem#goods})
     * @param inputs the disclosed inputs, in order
     */
    public static Result apply(
            ScreeningIndex index, LocalDate arrivalDate, ScreenedItem goods, List<ScreenedItem> inputs) {
        List<ScreenedItem> items = new ArrayList<>(inputs.size() + 1);
        items.add(goods);
        items.addAll(inputs);
        List<Match> matches = index.screen(arrivalDate, items);
        if (!matches.isEmpty()) {
            return new Result(matches, List.of());
        }
        List<Coarse> coarse = new ArrayList<>();
        // The goods' origin counts only without a disclosure: a disclosed input says where the goods really come from.
        for (ScreenedItem item : inputs.isEmpty() ? List.of(goods) : inputs) {
            for (ScreeningIndex.Within w : index.designatedWithin(arrivalDate, item)) {
                coarse.add(new Coarse(item, w));
            }
        }
        return new Result(List.of(), coarse);
    }
}
