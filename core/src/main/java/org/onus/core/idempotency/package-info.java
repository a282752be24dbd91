/**
 * Idempotent creation: a client that sends a creating request with an {@code Idempotency-Key}
 * and retries it (after a timeout, say) gets the original answer and nothing is created twice.
 * The key's record is written in the same transaction as what the request created.
 */
package org.onus.core.idempotency;
