package org.onus.core.rebuttal;

import java.util.Objects;

/** One thing a rebuttal must show, with the sentence that tells the importer and the officer what. */
public record Requirement(RequirementCode code, String description) {

    public Requirement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }
}
