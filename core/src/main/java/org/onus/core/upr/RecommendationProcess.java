package org.onus.core.upr;

import java.util.UUID;

/**
 * A recommendation's peer-review process as the service needs it. Implemented in
 * {@code workflows} with the process engine, in the caller's transaction; a rule the process
 * refuses comes back as that rule (403, 409).
 */
public interface RecommendationProcess {

    /** Sent to peer review: starts the process, or resumes it when a returned draft is resubmitted. */
    void submitted(UUID id, String by);

    /** The peer review decided; refused (409) when no review is waiting. */
    void reviewed(UUID id, String reviewer, boolean approved);
}
