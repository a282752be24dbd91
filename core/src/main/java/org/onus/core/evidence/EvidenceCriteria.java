package org.onus.core.evidence;

import java.time.LocalDate;

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

    public static EvidenceCriteria all() {
        return new EvidenceCriteria(null, null, null, null, null, 0, 50);
    }
}
