package org.onus.core.persistence;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;

/**
 * What a JTA transaction keeps until it ends, among its resources: reference data read once per
 * transaction instead of once per entity a batch handles. Gone with the transaction, committed or
 * rolled back, so nothing read by one transaction is seen by the next.
 */
public final class InThisTransaction {

    private InThisTransaction() {}

    /**
     * The holder kept under {@code key} by the current transaction, made by {@code create} on first
     * use; null when there is no registry (outside a server) or no active transaction, so that
     * callers read every time.
     */
    @SuppressWarnings("unchecked")
    public static <T> T kept(TransactionSynchronizationRegistry transactions, Object key, Supplier<T> create) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            return null;
        }
        try {
            T kept = (T) transactions.getResource(key);
            if (kept == null) {
                kept = create.get();
                transactions.putResource(key, kept);
            }
            return kept;
        } catch (IllegalStateException noLongerActive) {
            return null;
        }
    }
}
