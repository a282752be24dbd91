package org.onus.core.designation;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A revocation or withdrawal one person asked for and another (a senior regulator) must decide.
 *
 * @param legalBasis the legal basis of a withdrawal for error; null for a revocation
 * @param evidence the evidence a revocation cites, by requirement code; empty for a withdrawal
 */
public record PendingDecision(
        Kind kind, String by, Instant at, String reason, String legalBasis, Map<String, Set<UUID>> evidence) {

    /** Which decision is pending. */
    public enum Kind {
        /** Revocation on the merits: the proof an exception release needs for its regions. */
        REVOCATION,
        /** Withdrawal for error: made by mistake or annulled by a court. */
        WITHDRAWAL;

        public String noun() {
            return this == REVOCATION ? "revocation" : "withdrawal";
        }
    }
}
