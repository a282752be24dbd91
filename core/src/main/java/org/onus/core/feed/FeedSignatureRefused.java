package org.onus.core.feed;

import java.util.List;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * An imported feed whose signature does not verify against the authority's registered keys
 * (unknown key, changed document, malformed signature): 400 on the {@code signature} field, and
 * nothing is stored.
 */
public class FeedSignatureRefused extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    FeedSignatureRefused(String reason, String message) {
        super(List.of(new Problem("signature", message)));
        this.reason = reason;
    }

    /** MALFORMED, UNKNOWN_KEY, UNSUPPORTED or TAMPERED. */
    public String reason() {
        return reason;
    }
}
