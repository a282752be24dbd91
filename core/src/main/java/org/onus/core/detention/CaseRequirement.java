package org.onus.core.detention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;

/**
 * A requirement as it was set when the rebuttal was filed: later edits to a policy's title do not
 * change what the importer was asked for.
 */
@Embeddable
public class CaseRequirement {

    @Column(name = "code", nullable = false, length = 80)
    private String code;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    protected CaseRequirement() {
        // for JPA
    }

    CaseRequirement(Requirement requirement) {
        this.code = requirement.code().code();
        this.description = requirement.description().length() > 1000
                ? requirement.description().substring(0, 1000)
                : requirement.description();
    }

    public Requirement asRequirement() {
        return new Requirement(RequirementCode.parse(code), description);
    }
}
