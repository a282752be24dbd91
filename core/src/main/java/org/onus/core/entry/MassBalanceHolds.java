package org.onus.core.entry;

import java.util.List;
import java.util.Objects;

/**
 * The mass-balance check as screening needs it: which shortfalls of a disclosure the regulators'
 * thresholds table says hold the goods. Implemented where the check lives (mass balance), so that
 * screening depends on the question, not on the package that answers it.
 */
public interface MassBalanceHolds {

    /**
     * A chain stage whose declared inputs cannot account for the goods, with the action {@code
     * HOLD} in the thresholds table in force.
     *
     * @param hsPrefixes the HS prefixes of goods at that stage (the missing input's)
     * @param arithmetic how the shortfall was worked out, in English
     */
    record Shortfall(String stage, List<String> hsPrefixes, String arithmetic) {
        public Shortfall {
            Objects.requireNonNull(stage, "stage");
            hsPrefixes = List.copyOf(hsPrefixes);
            Objects.requireNonNull(arithmetic, "arithmetic");
        }
    }

    /**
     * The shortfalls that hold the goods, for an entry screening found no detaining match in (so
     * no input counts as from a designated region); none when quantities are missing or no chain
     * covers the goods.
     */
    List<Shortfall> holding(Entry entry);
}
