package org.onus.core.bulk;

/** Where a bulk upload is: checked whole first, then filed in batches. */
public enum BulkJobStatus {
    QUEUED,
    VALIDATING,
    /** Some row was invalid: nothing was stored. */
    REJECTED,
    FILING,
    DONE,
    /** Stopped part-way (the server stopped, or filing failed); the message says how far it got. */
    FAILED;

    public boolean finished() {
        return this == REJECTED || this == DONE || this == FAILED;
    }
}
