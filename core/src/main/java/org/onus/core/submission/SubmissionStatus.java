package org.onus.core.submission;

import java.util.Locale;

/** Where a submission stands in the regulators' triage. */
public enum SubmissionStatus {
    /** Sent, not yet looked at. */
    RECEIVED,
    /** A regulator asked the submitter something that is not answered yet. */
    QUESTION_OPEN,
    /** Taken into the evidence library (restricted). */
    ACCEPTED,
    /** Linked to a designation draft or a state policy. */
    LINKED,
    /** Not taken further, with a reason. */
    REJECTED;

    /** Triage has ended: nothing more can be asked, answered or decided. */
    public boolean closed() {
        return this == ACCEPTED || this == LINKED || this == REJECTED;
    }

    public static SubmissionStatus parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "\"" + raw + "\" is not a status; use RECEIVED, QUESTION_OPEN, ACCEPTED, LINKED or REJECTED");
        }
    }
}
