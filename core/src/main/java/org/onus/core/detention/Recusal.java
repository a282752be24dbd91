package org.onus.core.detention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * An official who stepped aside from a case for a conflict of interest, and why. Kept for good:
 * the official never reviews, decides or approves on that case again.
 */
@Embeddable
public class Recusal {

    @Column(name = "official", nullable = false)
    private String official;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "stepped_aside_at", nullable = false)
    private Instant at;

    protected Recusal() {
        // for JPA
    }

    Recusal(String official, String reason, Instant at) {
        this.official = official;
        this.reason = reason;
        this.at = at;
    }

    public String official() {
        return official;
    }

    public String reason() {
        return reason;
    }

    public Instant at() {
        return at;
    }
}
