package org.onus.core.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A region of the decision: one the screening named (direct) or one of its ancestors (for search). */
@Embeddable
public class DecisionRegion {

    @Column(name = "region_code", nullable = false, length = 20)
    private String code;

    @Column(name = "direct", nullable = false)
    private boolean direct;

    protected DecisionRegion() {
        // for JPA
    }

    public DecisionRegion(String code, boolean direct) {
        this.code = code;
        this.direct = direct;
    }

    public String code() {
        return code;
    }

    public boolean direct() {
        return direct;
    }
}
