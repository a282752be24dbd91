package org.onus.core.upr;

import java.util.List;
import java.util.UUID;

/**
 * One recommendation found by a search, from either side: a record imported from the UN's data, or
 * one of the team's own recommendations (then the recommending State is the one it is proposed
 * for, and cycle, session and State under review are its review's).
 *
 * @param reference "A/HRC/40/6, para. 28.131" for a record, the review's label for an own one
 * @param status the own recommendation's workflow status (DRAFT, IN_REVIEW, APPROVED…); null for a record
 * @param themes a record's themes as its source named them; an own one's theme codes
 */
public record UprHit(
        Kind kind,
        UUID id,
        String stateUnderReview,
        String recommendingState,
        int cycle,
        int session,
        String reference,
        String text,
        StateResponse response,
        String responseWording,
        Integer actionCategory,
        List<String> themes,
        String status,
        String sourceId,
        String documentSymbol,
        String paragraph) {

    public enum Kind {
        OWN,
        IMPORTED
    }

    public UprHit {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    static UprHit of(UprRecord r) {
        return new UprHit(
                Kind.IMPORTED,
                r.id(),
                r.stateUnderReview(),
                r.recommendingState(),
                r.cycle(),
                r.session(),
                r.reference().orElse(null),
                r.text(),
                r.response(),
                r.responseWording(),
                r.actionCategory(),
                r.themes(),
                null,
                r.sourceId(),
                r.documentSymbol(),
                r.paragraph());
    }

    static UprHit of(Recommendation r) {
        UprReview v = r.review();
        return new UprHit(
                Kind.OWN,
                r.id(),
                v.stateUnderReview(),
                r.proposedFor(),
                v.cycle(),
                v.session(),
                v.label(),
                r.text(),
                r.response(),
                null,
                r.actionCategory(),
                r.themes().stream().map(Theme::code).toList(),
                r.status().name(),
                null,
                null,
                null);
    }
}
