package org.onus.core.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One requirement of the route as decided: its code, its kind, and whether it was met. */
@Embeddable
public class DecidedRequirement {

    public static final String MET = "MET";
    public static final String NOT_MET = "NOT_MET";

    @Column(name = "code", nullable = false, length = 80)
    private String code;

    @Column(name = "kind", nullable = false, length = 30)
    private String kind;

    @Column(name = "outcome", nullable = false, length = 10)
    private String outcome;

    protected DecidedRequirement() {
        // for JPA
    }

    public DecidedRequirement(String code, String kind, boolean met) {
        this.code = code;
        this.kind = kind;
        this.outcome = met ? MET : NOT_MET;
    }

    public String code() {
        return code;
    }

    public String kind() {
        return kind;
    }

    public String outcome() {
        return outcome;
    }

    public boolean met() {
        return MET.equals(outcome);
    }
}
