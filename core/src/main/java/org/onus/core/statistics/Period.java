package org.onus.core.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * The days whose detentions count, both ends included; either end may be open.
 *
 * @param from first detention day counted, or null for since the beginning
 * @param to last detention day counted, or null for up to today
 */
public record Period(LocalDate from, LocalDate to) {

    public static final Period ALL = new Period(null, null);

    /**
     * Reads ISO dates as typed ({@code 2026-01-31}); blank means open.
     *
     * @throws InvalidInputException naming {@code from} or {@code to}
     */
    public static Period parse(String from, String to) {
        List<Problem> problems = new ArrayList<>();
        LocalDate start = day("from", from, problems);
        LocalDate end = day("to", to, problems);
        if (start != null && end != null && start.isAfter(end)) {
            problems.add(new Problem("to", "The end date " + end + " is before the start date " + start));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Period(start, end);
    }

    public boolean isOpen() {
        return from == null && to == null;
    }

    private static LocalDate day(String field, String raw, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(
                    field, "\"" + raw.strip() + "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31"));
            return null;
        }
    }
}
