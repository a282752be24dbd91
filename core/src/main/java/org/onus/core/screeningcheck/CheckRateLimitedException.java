package org.onus.core.screeningcheck;

import java.time.Duration;
import org.onus.core.submission.SubmissionRateLimitedException;

/**
 * Too many checks before shipping by one user: answered 429 with {@code Retry-After}, like the
 * submission point's limits (whose mapper it shares).
 */
public class CheckRateLimitedException extends SubmissionRateLimitedException {

    private static final long serialVersionUID = 1L;

    public CheckRateLimitedException(String message, Duration retryAfter) {
        super(message, retryAfter);
    }
}
