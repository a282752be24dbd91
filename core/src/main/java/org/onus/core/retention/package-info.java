/**
 * Retention: how long Onus keeps what, and the daily job that removes what is past its time.
 * Each {@link org.onus.core.retention.RetentionRule} removes one kind of record; the
 * {@link org.onus.core.retention.RetentionJob} finds every rule, runs each in its own transaction,
 * records the run ({@link org.onus.core.retention.RetentionRun}) and what it removed in the audit
 * trail. Periods come from {@link org.onus.core.retention.RetentionSettings}.
 */
package org.onus.core.retention;
