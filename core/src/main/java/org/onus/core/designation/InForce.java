package org.onus.core.designation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a designation is in force: from its first day, to its last day included, or open-ended.
 * Its own type rather than the statistics' period: a designation always has a first day, and its
 * last day moves only through the lapse review.
 *
 * @param from the first day in force
 * @param to the last day in force, or null while open-ended
 */
public record InForce(LocalDate from, LocalDate to) {

    public InForce {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The last day in force " + to + " is before the first " + from);
        }
    }

    /** Whether the day falls within the period, both ends included. */
    public boolean contains(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
