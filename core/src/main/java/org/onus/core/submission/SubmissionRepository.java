package org.onus.core.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface SubmissionRepository {

    Optional<Submission> find(UUID id);

    Optional<Submission> findByReceipt(String receiptHash);

    /** Newest first; {@code status} null for all. */
    List<Submission> page(SubmissionStatus status, int offset, int limit);

    long count(SubmissionStatus status);

    List<Submission> closedBefore(Instant cutoff);

    /** Empties the address hash of submissions received before the cutoff; returns how many. */
    int forgetAddressesReceivedBefore(Instant cutoff);

    /** Whether the library, a case or another submission still refers to this stored file. */
    boolean fileUsedElsewhere(String sha256, UUID exceptSubmission);

    void store(Submission submission);

    void remove(Submission submission);
}
