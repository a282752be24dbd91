package org.onus.core.upr;

/**
 * What to look for among imported records and the team's own recommendations; every part is
 * optional and they combine with "and". States match whole names, ignoring case.
 *
 * @param theme a {@link Theme} code or label (own recommendations by their theme, records by any
 *     source label {@link Theme#parse} maps to it), or any other label a source uses (records only)
 * @param text words the recommendation's text contains, ignoring case
 * @param source OWN or IMPORTED only; null for both
 * @param page from 1
 */
public record UprFind(
        String stateUnderReview,
        String recommendingState,
        Integer cycle,
        Integer session,
        StateResponse response,
        Integer actionCategory,
        String theme,
        String text,
        UprHit.Kind source,
        int page) {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_EXPORT = 10_000;

    public static final UprFind EVERYTHING = new UprFind(null, null, null, null, null, null, null, null, null, 1);

    public UprFind {
        stateUnderReview = blankToNull(stateUnderReview);
        recommendingState = blankToNull(recommendingState);
        theme = blankToNull(theme);
        text = blankToNull(text);
        page = Math.max(page, 1);
    }

    public boolean any() {
        return stateUnderReview != null
                || recommendingState != null
                || cycle != null
                || session != null
                || response != null
                || actionCategory != null
                || theme != null
                || text != null
                || source != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
