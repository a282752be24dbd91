package org.onus.core.problem;

import java.util.List;

/** The input is malformed or incomplete; nothing was changed. HTTP 400. */
public class InvalidInputException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).message() : problems.size() + " fields need attention", problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Problem(field, message)));
    }
}
