package org.onus.core.problem;

import java.util.List;

/** This actor may not take this action, whatever the state (e.g. approving their own draft). HTTP 403. */
public class ForbiddenActionException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public ForbiddenActionException(String message) {
        super(message, List.of());
    }
}
