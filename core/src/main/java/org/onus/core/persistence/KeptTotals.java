package org.onus.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    /** The total counted at this head, if it is the one kept. */
    Optional<Long> at(Key key, long auditHead) {
        Kept k = kept.get(key);
        return k != null && k.auditHead() == auditHead ? Optional.of(k.total()) : Optional.empty();
    }

    /** Keeps a total counted after the head was read, in place of the one kept before. */
    void keep(Key key, long auditHead, long total) {
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(auditHead, total));
    }
}
