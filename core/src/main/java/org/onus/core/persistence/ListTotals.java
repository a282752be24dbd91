package org.onus.core.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.OptionalLong;
import org.onus.core.audit.AuditTrail;

/**
 * The totals of the paged lists (how many cases or entries match a filter), counted once per change.
 * Every list request counted its matches anew: at 100,000 cases, 8 to 25 ms of the database per
 * request, and under load the lists waited on each other's counts (issue 14). Every change to a
 * case, an entry or a designation is audited in the transaction that makes it, so a total counted
 * after a given head of the audit trail is exact for as long as the head stays, on every node of a
 * cluster: each compares with the head in the shared database. The statistics keep their rows by
 * the same rule ({@code KeptCaseRows}).
 *
 * <p>A total is counted in a transaction of its own, which writes nothing: a total kept for a head
 * counts committed rows only, never a caller's changes that could still be rolled back. The query's
 * text and parameters are the key, so a filter on today's date or on the officer asking is kept per
 * day and per officer.
 */
@Stateless
public class ListTotals {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    KeptTotals kept;

    /**
     * How many rows {@code countJpql}, a {@code select count(…)} query, counts with these parameters;
     * empty when too many requests are counting in transactions of their own (the caller then counts
     * in its own).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OptionalLong count(String countJpql, Map<String, Object> parameters) {
        if (!kept.startCounting()) {
            return OptionalLong.empty();
        }
        try {
            // The head first: a change committed after it moves it, so a total is never older than it.
            long head = audit.lastSequence();
            KeptTotals.Key key = new KeptTotals.Key(countJpql, parameters);
            return OptionalLong.of(kept.at(key, head).orElseGet(() -> {
                long total = countNow(entityManager, countJpql, parameters);
                kept.keep(key, head, total);
                return total;
            }));
        } finally {
            kept.doneCounting();
        }
    }

    /**
     * The total through {@code totals}, or counted in the caller's own persistence context when there
     * is none (a repository used outside the server, in a unit test) or when too many requests are
     * counting apart already: that count holds no second connection, so it cannot wait for one.
     */
    public static long count(
            ListTotals totals, EntityManager entityManager, String countJpql, Map<String, Object> parameters) {
        if (totals == null) {
            return countNow(entityManager, countJpql, parameters);
        }
        return totals.count(countJpql, parameters).orElseGet(() -> countNow(entityManager, countJpql, parameters));
    }

    private static long countNow(EntityManager entityManager, String countJpql, Map<String, Object> parameters) {
        TypedQuery<Long> count = entityManager.createQuery(countJpql, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }
}
