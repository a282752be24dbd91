package org.onus.core.policy;

import java.util.EnumSet;
import java.util.Set;

/** Where a policy stands; the allowed moves are the only way to change it. */
public enum PolicyStatus {
    IN_FORCE,
    /** Someone says it was repealed; not yet shown. */
    REPEAL_CLAIMED,
    /** Its repeal is shown by evidence a regulator accepted. */
    REPEAL_VERIFIED;

    /** A claim is made; a claim is verified or fails; a verified repeal can be found false or reversed. */
    public Set<PolicyStatus> next() {
        return switch (this) {
            case IN_FORCE -> EnumSet.of(REPEAL_CLAIMED);
            case REPEAL_CLAIMED -> EnumSet.of(REPEAL_VERIFIED, IN_FORCE);
            case REPEAL_VERIFIED -> EnumSet.of(IN_FORCE);
        };
    }

    public static PolicyStatus parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Choose the new status: IN_FORCE, REPEAL_CLAIMED or REPEAL_VERIFIED");
        }
        try {
            return valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "\"" + raw.strip() + "\" is not a policy status; use IN_FORCE, REPEAL_CLAIMED or REPEAL_VERIFIED");
        }
    }
}
