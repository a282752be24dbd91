package org.onus.core.upr;

/** Who submits to the review, which decides the word limit OHCHR sets for the document. */
public enum SubmissionType {
    /** A recommending State: its recommendations are delivered in the interactive dialogue; no written limit. */
    STATE(null, "Recommendations of a recommending State"),
    STAKEHOLDER_INDIVIDUAL(2815, "Stakeholder submission"),
    STAKEHOLDER_JOINT(5630, "Joint stakeholder submission");

    private final Integer defaultWordLimit;
    private final String label;

    SubmissionType(Integer defaultWordLimit, String label) {
        this.defaultWordLimit = defaultWordLimit;
        this.label = label;
    }

    /** OHCHR's limit for this kind of submission, or null when there is none; a review may set another. */
    public Integer defaultWordLimit() {
        return defaultWordLimit;
    }

    public String label() {
        return label;
    }
}
