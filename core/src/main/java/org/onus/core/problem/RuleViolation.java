package org.onus.core.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A request the rules refuse. Subclasses say how; the transaction always rolls back. */
@ApplicationException(rollback = true, inherited = true)
public abstract class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    protected RuleViolation(String message, List<Problem> problems) {
        super(message);
        this.problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
