/**
 * The audit trail: an append-only, hash-chained record of every state change made through the
 * services. Each {@link org.onus.core.audit.AuditEvent} carries the SHA-256 of its canonical form
 * and of the event before it, so changing or removing any stored event breaks the chain, which
 * {@link org.onus.core.audit.AuditTrail#verify()} finds.
 *
 * <p>Events are written with plain JDBC on the application's JTA datasource, in the transaction of
 * the change they record: the change and its event commit or roll back together. Appends are
 * serialised by a lock on the chain's head row, so the chain has no gaps and no forks.
 */
package org.onus.core.audit;
