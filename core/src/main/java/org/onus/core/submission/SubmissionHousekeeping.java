package org.onus.core.submission;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.onus.core.retention.RetentionSettings;

/**
 * Keeps the 24-hour promise on client addresses without waiting for the retention job: every hour,
 * the address hash of submissions older than a day is emptied and idle rate buckets are dropped.
 */
@Singleton
public class SubmissionHousekeeping {

    private static final Logger LOG = Logger.getLogger(SubmissionHousekeeping.class.getName());

    @Inject
    SubmissionService submissions;

    @Inject
    Clock clock;

    @Inject
    RetentionSettings retention;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "onus-submission-addresses")
    void forgetAddresses() {
        int forgotten =
                submissions.forgetAddressesOlderThan(retention.addressHashes().cutoff(clock.instant()));
        if (forgotten > 0) {
            LOG.info(() -> "Forgot the address hash of " + forgotten + " submissions older than a day");
        }
    }
}
