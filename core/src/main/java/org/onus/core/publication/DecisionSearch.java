package org.onus.core.publication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * A search of published decisions, every filter optional: sector code, region code (a region
 * finds decisions on the regions inside it), route ({@code NOT_APPLICABLE}, {@code EXCEPTION} or
 * {@code NONE}), outcome (a kind such as {@code CONFISCATION} or an exact outcome such as
 * {@code PROTEST_DENIED}), the day of the decision from/to (both included), and the page (from 1).
 */
public record DecisionSearch(
        String sector, String region, String route, String outcome, LocalDate from, LocalDate to, int page) {

    public static final int PAGE_SIZE = 20;
    /** Rows a CSV download holds at most. */
    public static final int MAX_ROWS = 10_000;

    static final List<String> OUTCOMES =
            List.of("RELEASED", "CONFISCATED", "EXCLUDED", "PROTEST_UPHELD", "PROTEST_DENIED");
    static final List<String> ROUTES = List.of("NOT_APPLICABLE", "EXCEPTION", "NONE");

    public static DecisionSearch all() {
        return new DecisionSearch(null, null, null, null, null, null, 1);
    }

    /** Reads the filters as typed; every bad one is a field-level problem (400). */
    public static DecisionSearch parse(
            String sector, String region, String route, String outcome, String from, String to, String page) {
        List<Problem> problems = new ArrayList<>();
        String r = upper(route);
        if (r != null && !ROUTES.contains(r)) {
            problems.add(new Problem("route", "Use NOT_APPLICABLE, EXCEPTION or NONE"));
        }
        String o = upper(outcome);
        if (o != null
                && !OUTCOMES.contains(o)
                && Arrays.stream(DecisionKind.values()).noneMatch(k -> k.name().equals(o))) {
            problems.add(new Problem(
                    "outcome",
                    "Use RELEASE, CONFISCATION, EXCLUSION, PROTEST_DECISION or an exact outcome ("
                            + String.join(", ", OUTCOMES) + ")"));
        }
        LocalDate f = day("from", from, problems);
        LocalDate t = day("to", to, problems);
        if (f != null && t != null && t.isBefore(f)) {
            problems.add(new Problem("to", "The last day comes before the first"));
        }
        int p = 1;
        if (page != null && !page.isBlank()) {
            try {
                p = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                p = 0;
            }
            if (p < 1) {
                problems.add(new Problem("page", "Pages are numbered from 1"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DecisionSearch(upper(sector), upper(region), r, o, f, t, p);
    }

    private static LocalDate day(String field, String raw, List<Problem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "Give the day as YYYY-MM-DD"));
            return null;
        }
    }

    private static String upper(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    public boolean outcomeIsKind() {
        return outcome != null
                && Arrays.stream(DecisionKind.values()).anyMatch(k -> k.name().equals(outcome));
    }

    public DecisionSearch page(int newPage) {
        return new DecisionSearch(sector, region, route, outcome, from, to, newPage);
    }
}
