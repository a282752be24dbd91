package org.onus.core.retention;

import java.time.Instant;

/**
 * One kind of record Onus removes when its time is up. Implementations are CDI beans; the
 * {@link RetentionJob} finds them all and calls {@link #apply} in a transaction of its own, then
 * records the run and, in the audit trail, what was removed. A rule must be idempotent (a second
 * run finds nothing new) and must not remove audit events.
 */
public interface RetentionRule {

    /** A stable name, e.g. {@code closed-cases}; it names the rule in runs and audit events. */
    String name();

    /** The configured period. */
    RetentionPeriod period();

    /** Removes what fell out of its period at {@code now}, in the caller's transaction. */
    Removal apply(Instant now);
}
