package org.onus.core.detention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * What an officer asks the work queue: filters, one sort column and a page, read from the same
 * raw parameters on the page and in the API. Unknown values are refused (400) naming the
 * parameter, never silently ignored.
 *
 * @param status null for the open cases, {@link #ALL} for every case, or one status's name
 * @param deadline null, or the window the running deadline falls in
 * @param assignee null, {@link #ME}, {@link #UNASSIGNED}, or an officer's username
 * @param page one-based
 */
public record QueueQuery(
        String status,
        Window deadline,
        String sector,
        String origin,
        String port,
        String importer,
        String assignee,
        Column sort,
        boolean descending,
        int page,
        int size) {

    public static final String ALL = "ALL";
    public static final String ME = "me";
    public static final String UNASSIGNED = "none";
    public static final int PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 100;

    /** The running deadline's window: passed, or due within a week or a month (from today). */
    public enum Window {
        OVERDUE,
        WITHIN_7_DAYS,
        WITHIN_30_DAYS
    }

    /** The queue's columns, each sortable. */
    public enum Column {
        ENTRY,
        IMPORTER,
        GOODS,
        VALUE,
        DETAINED,
        DEADLINE,
        ASSIGNEE,
        STATUS;

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The open queue, nearest deadline first, first page. */
    public static QueueQuery defaults() {
        return new QueueQuery(null, null, null, null, null, null, null, Column.DEADLINE, false, 1, PAGE_SIZE);
    }

    /**
     * Reads the raw parameters; blank means "not filtered". {@code sort} is a column's name,
     * prefixed with "-" for descending.
     *
     * @throws InvalidInputException naming each parameter that has no such value
     */
    public static QueueQuery parse(
            String status,
            String deadline,
            String sector,
            String origin,
            String port,
            String importer,
            String assignee,
            String sort,
            String page,
            String size) {
        List<Problem> problems = new ArrayList<>();
        String statusValue = blankToNull(status);
        if (statusValue != null) {
            statusValue = statusValue.toUpperCase(Locale.ROOT);
            if ("OPEN".equals(statusValue)) {
                statusValue = null;
            } else if (!ALL.equals(statusValue) && !isStatus(statusValue)) {
                problems.add(new Problem("status", "Choose OPEN, ALL or a case status such as REBUTTAL_SUBMITTED"));
            }
        }
        Window window = null;
        if (blankToNull(deadline) != null) {
            window = switch (deadline.strip().toUpperCase(Locale.ROOT)) {
                case "OVERDUE" -> Window.OVERDUE;
                case "WITHIN_7_DAYS", "7" -> Window.WITHIN_7_DAYS;
                case "WITHIN_30_DAYS", "30" -> Window.WITHIN_30_DAYS;
                default -> {
                    problems.add(new Problem("deadline", "Choose OVERDUE, WITHIN_7_DAYS or WITHIN_30_DAYS"));
                    yield null;
                }
            };
        }
        Column column = Column.DEADLINE;
        boolean descending = false;
        if (blankToNull(sort) != null) {
            String s = sort.strip();
            descending = s.startsWith("-");
            String name = (descending ? s.substring(1) : s).toUpperCase(Locale.ROOT);
            Optional<Column> found = java.util.Arrays.stream(Column.values())
                    .filter(c -> c.name().equals(name))
                    .findFirst();
            if (found.isPresent()) {
                column = found.get();
            } else {
                problems.add(new Problem(
                        "sort",
                        "Sort by entry, importer, goods, value, detained, deadline, assignee or status"
                                + " (prefix \"-\" for descending)"));
            }
        }
        int pageNumber = number(page, 1, "page", "The page is a whole number from 1", problems);
        int pageSize = number(size, PAGE_SIZE, "size", "The page size is a whole number from 1 to 100", problems);
        if (pageSize > MAX_PAGE_SIZE) {
            problems.add(new Problem("size", "The page size is a whole number from 1 to 100"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String assigneeValue = blankToNull(assignee);
        if (assigneeValue != null
                && ("unassigned".equalsIgnoreCase(assigneeValue) || "none".equalsIgnoreCase(assigneeValue))) {
            assigneeValue = UNASSIGNED;
        } else if (assigneeValue != null && ME.equalsIgnoreCase(assigneeValue)) {
            assigneeValue = ME;
        }
        return new QueueQuery(
                statusValue,
                window,
                blankToNull(sector) == null ? null : sector.strip().toUpperCase(Locale.ROOT),
                blankToNull(origin) == null ? null : origin.strip().toUpperCase(Locale.ROOT),
                blankToNull(port),
                blankToNull(importer),
                assigneeValue,
                column,
                descending,
                pageNumber,
                pageSize);
    }

    /** The first row of this page, zero-based. */
    public int offset() {
        return (page - 1) * size;
    }

    public QueueQuery withPage(int newPage) {
        return new QueueQuery(
                status, deadline, sector, origin, port, importer, assignee, sort, descending, newPage, size);
    }

    private static boolean isStatus(String s) {
        return java.util.Arrays.stream(CaseStatus.values())
                .anyMatch(v -> v.name().equals(s));
    }

    private static int number(String raw, int fallback, String field, String message, List<Problem> problems) {
        if (blankToNull(raw) == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n < 1) {
                problems.add(new Problem(field, message));
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, message));
            return fallback;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
