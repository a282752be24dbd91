package org.onus.core.rebuttal;

import java.util.Objects;

/**
 * One thing a rebuttal must show, with the sentence that tells the importer and the officer what.
 * A {@code TRACE} requirement carries the {@link TraceChain chain} of documents it needs (the
 * {@link TraceChain#DEFAULT default} unless the trace-chain table said otherwise when the rebuttal
 * was filed); other requirements carry none.
 */
public record Requirement(RequirementCode code, String description, TraceChain chain) {

    public Requirement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        if (code.kind() == RequirementCode.Kind.TRACE) {
            chain = chain == null ? TraceChain.DEFAULT : chain;
        } else if (chain != null) {
            throw new IllegalArgumentException(code + " is not a trace and needs no chain of documents");
        }
    }

    /** A requirement with the default chain if it is a trace. */
    public Requirement(RequirementCode code, String description) {
        this(code, description, null);
    }
}
