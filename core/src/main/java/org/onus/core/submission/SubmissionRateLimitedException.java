package org.onus.core.submission;

import java.time.Duration;
import java.util.List;
import org.onus.core.problem.RuleViolation;

/** Too many submissions or code look-ups from one address: answered 429 with Retry-After. */
public class SubmissionRateLimitedException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public SubmissionRateLimitedException(String message, Duration retryAfter) {
        super(message, List.of());
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
