package org.onus.core.problem;

import java.util.List;

/**
 * The action is not possible in the current state (a transition that is not allowed, missing
 * requirements, a duplicate); the problems say what is missing. HTTP 409.
 */
public class ConflictException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message, List<Problem> problems) {
        super(message, problems);
    }

    public ConflictException(String message) {
        super(message, List.of());
    }
}
