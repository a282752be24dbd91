package org.onus.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The lists' totals counted so far, each with the audit trail's newest sequence number at the moment
 * it was counted ({@link ListTotals}). One per server.
 */
@ApplicationScoped
public class KeptTotals {

    /** More distinct filters than this, and the totals are forgotten and counted again. */
    static final int MAX_KEPT = 10_000;

    /** A count query and its parameters: what a total is kept under. */
    record Key(String jpql, Map<String, Object> parameters) {

        Key {
            parameters = Map.copyOf(parameters);
        }
    }

    private record Kept(long auditHead, long total) {}

    /**
     * How many requests may count in a transaction of their own at once. Each holds a second
     * connection while its request holds the first: were every connection of the pool held by a
     * request waiting for its second, none would come. A request that finds no permit counts in its
     * own transaction and keeps nothing.
     */
    static final int CONCURRENT_COUNTS = 4;

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    private final Semaphore counting = new Semaphore(CONCURRENT_COUNTS);

    /** The total counted at this head, if it is the one kept. */
    Optional<Long> at(Key key, long auditHead) {
        Kept k = kept.get(key);
        return k != null && k.auditHead() == auditHead ? Optional.of(k.total()) : Optional.empty();
    }

    /** A permit to count in a transaction of one's own; false when all are taken. */
    boolean startCounting() {
        return counting.tryAcquire();
    }

    void doneCounting() {
        counting.release();
    }

    /** Keeps a total counted after the head was read, in place of the one kept before. */
    void keep(Key key, long auditHead, long total) {
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(auditHead, total));
    }
}
