package org.onus.core.evidence;

import java.util.List;
import org.onus.core.problem.Problem;
import org.onus.core.problem.RuleViolation;

/** An upload refused before anything was kept; the message says why, for the person who sent it. */
public class UploadRejectedException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** Why, and the HTTP status that says it. */
    public enum Reason {
        EMPTY(400),
        BAD_FILE_NAME(400),
        TOO_LARGE(413),
        NOT_ALLOWED(415),
        ARCHIVE(415),
        EXECUTABLE(415),
        TYPE_MISMATCH(415),
        EXPANDS_TOO_MUCH(415);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public UploadRejectedException(Reason reason, String message) {
        super(message, List.of(new Problem("file", message)));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
