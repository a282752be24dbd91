package org.onus.core.designation;

import java.util.UUID;

/**
 * The designation's lifecycle process as the service needs it: told what the aggregate decided,
 * it waits, times and routes (publication on the effective date, periodic and lapse reviews).
 * Implemented in {@code workflows} with the process engine; every method runs in the caller's
 * transaction, and a rule the process refuses comes back as that rule (403, 409).
 */
public interface DesignationProcess {

    /** Sent to review: starts the lifecycle, or resumes it when a returned draft is resubmitted. */
    void submitted(Designation designation, String by);

    /** The review decided; refused (409) when no review is waiting. */
    void reviewed(UUID id, String reviewer, boolean approved);

    /**
     * A review of the designation in force decided; one is opened at once when the periodic timer
     * has not opened it. Refused (409) when the designation's lifecycle is not running.
     */
    void reviewedInForce(UUID id, String by, ReviewDecision decision);

    /** A senior regulator decided the pending revocation or withdrawal; 409 when none is waiting. */
    void pendingDecided(UUID id, PendingDecision.Kind kind, String by, boolean approved);

    /** Refuses (409, NO_SILENT_LAPSE) unless the lapse review of this designation is open now. */
    void requireLapseReviewOpen(UUID id);

    /** The open lapse review decided. */
    void lapseReviewed(UUID id, String by, LapseDecision decision);

    /** Whether the lapse review of this designation is open now. */
    boolean lapseReviewOpen(UUID id);
}
