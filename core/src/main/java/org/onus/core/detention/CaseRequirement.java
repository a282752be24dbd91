package org.onus.core.detention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.TraceChain;

/**
 * A requirement as it was set when the rebuttal was filed: later edits to a policy's title, or to
 * the trace-chain table, do not change what the importer was asked for.
 */
@Embeddable
public class CaseRequirement {

    @Column(name = "code", nullable = false, length = 80)
    private String code;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    /** A trace's chain of documents as the trace-chain table gave it at filing; null for other kinds. */
    @Column(name = "proof_chain", length = 400)
    private String proofChain;

    protected CaseRequirement() {
        // for JPA
    }

    CaseRequirement(Requirement requirement) {
        this.code = requirement.code().code();
        this.description = requirement.description().length() > 1000
                ? requirement.description().substring(0, 1000)
                : requirement.description();
        this.proofChain =
                requirement.chain() == null ? null : requirement.chain().code();
    }

    public Requirement asRequirement() {
        return new Requirement(
                RequirementCode.parse(code), description, proofChain == null ? null : TraceChain.parse(proofChain));
    }
}
