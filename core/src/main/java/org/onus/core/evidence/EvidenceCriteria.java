package org.onus.core.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * What someone looks for in the library; every part optional.
 *
 * @param text words to find in title, source, summary and tags (all of them, in any order)
 * @param type one type of evidence
 * @param tag one tag
 * @param from documents dated on or after
 * @param to documents dated on or before
 * @param offset results to skip (paging)
 * @param limit at most this many
 */
public record EvidenceCriteria(
        String text, EvidenceType type, String tag, LocalDate from, LocalDate to, int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public EvidenceCriteria {
        text = text == null || text.isBlank() ? null : text.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    /**
     * Criteria from what a person typed or a client sent.
     *
     * @throws InvalidInputException naming each filter that cannot be read
     */
    public static EvidenceCriteria parse(
            String text, String type, String tag, String from, String to, int offset, int limit) {
        List<Problem> problems = new ArrayList<>();
        EvidenceType parsedType = null;
        if (type != null && !type.isBlank()) {
            try {
                parsedType = EvidenceType.parse(type);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("type", e.getMessage()));
            }
        }
        LocalDate fromDate = date("from", from, problems);
        LocalDate toDate = date("to", to, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new EvidenceCriteria(text, parsedType, tag, fromDate, toDate, offset, limit);
    }

    private static LocalDate date(String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "Give the date as 2023-01-31"));
            return null;
        }
    }

    public static EvidenceCriteria all() {
        return new EvidenceCriteria(null, null, null, null, null, 0, 50);
    }
}
