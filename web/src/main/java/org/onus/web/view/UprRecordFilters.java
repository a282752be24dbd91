package org.onus.web.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.upr.StateResponse;
import org.onus.core.upr.UprFind;
import org.onus.core.upr.UprHit;

/**
 * The filters of a search over imported and own recommendations, as the API's query parameters
 * and the search page's form name them; a bad value is refused naming its parameter.
 */
public final class UprRecordFilters {

    public static final List<String> NAMES = List.of(
            "stateUnderReview",
            "recommendingState",
            "cycle",
            "session",
            "response",
            "actionCategory",
            "theme",
            "q",
            "source");

    private final Map<String, String> values;

    private UprRecordFilters(Map<String, String> values) {
        this.values = values;
    }

    /** The filters as given, by name (missing ones are empty); {@code page} is read apart. */
    public static UprRecordFilters of(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            String v = given.get(name);
            values.put(name, v == null ? "" : v.strip());
        }
        return new UprRecordFilters(values);
    }

    public Map<String, String> values() {
        return values;
    }

    public boolean any() {
        return values.values().stream().anyMatch(v -> !v.isEmpty());
    }

    /**
     * The search these filters ask for.
     *
     * @throws InvalidInputException naming each parameter whose value is not valid
     */
    public UprFind find(String page) {
        return find(page, Locale.ENGLISH);
    }

    /**
     * The search these filters ask for, refusing bad values in {@code locale} (the search page's
     * language; the API answers in English).
     *
     * @throws InvalidInputException naming each parameter whose value is not valid
     */
    public UprFind find(String page, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        Integer cycle = number("cycle", 1, 20, Messages.text(locale, "upr.records.cycleNumber"), problems);
        Integer session = number("session", 1, 500, Messages.text(locale, "upr.records.sessionNumber"), problems);
        Integer category =
                number("actionCategory", 1, 5, Messages.text(locale, "upr.records.categoryNumber"), problems);
        StateResponse response = null;
        if (!values.get("response").isEmpty()) {
            try {
                response = StateResponse.valueOf(values.get("response").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("response", Messages.text(locale, "upr.records.chooseResponse")));
            }
        }
        UprHit.Kind source = null;
        if (!values.get("source").isEmpty()) {
            try {
                source = UprHit.Kind.valueOf(values.get("source").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("source", Messages.text(locale, "upr.records.chooseSource")));
            }
        }
        int p = 1;
        if (page != null && !page.isBlank()) {
            try {
                p = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                p = 0;
            }
            if (p < 1 || p > 100_000) {
                problems.add(new Problem("page", Messages.text(locale, "upr.records.pageNumber")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new UprFind(
                values.get("stateUnderReview"),
                values.get("recommendingState"),
                cycle,
                session,
                response,
                category,
                values.get("theme"),
                values.get("q"),
                source,
                p);
    }

    /** The filters that have a value, as a query string without "?" (for paging and the CSV link). */
    public String query() {
        return values.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The query string for another page of the same search. */
    public String pageQuery(int page) {
        String q = query();
        return (q.isEmpty() ? "" : q + "&") + "page=" + page;
    }

    private Integer number(String name, int min, int max, String message, List<Problem> problems) {
        String v = values.get(name);
        if (v.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(name, message));
        return null;
    }
}
