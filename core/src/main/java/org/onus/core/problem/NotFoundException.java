package org.onus.core.problem;

import java.util.List;

/**
 * Nothing by that identifier exists, or the actor may not know it exists (another organisation's
 * data, restricted evidence): both answer the same, so existence is not revealed. HTTP 404.
 */
public class NotFoundException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found", List.of());
    }
}
