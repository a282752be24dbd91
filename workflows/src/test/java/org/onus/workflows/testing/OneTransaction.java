package org.onus.workflows.testing;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;

/** The resources of one active transaction, as the server's registry keeps them. */
public final class OneTransaction implements TransactionSynchronizationRegistry {
    private final Object key = new Object();
    private final Map<Object, Object> resources = new HashMap<>();

    @Override
    public Object getTransactionKey() {
        return key;
    }

    @Override
    public void putResource(Object k, Object value) {
        resources.put(k, value);
    }

    @Override
    public Object getResource(Object k) {
        return resources.get(k);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
        return Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
        return false;
    }
}
