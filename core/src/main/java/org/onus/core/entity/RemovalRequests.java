package org.onus.core.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where removal requests are kept. */
@ApplicationScoped
public class RemovalRequests {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public Optional<RemovalRequest> find(UUID id) {
        return Optional.ofNullable(entityManager.find(RemovalRequest.class, id));
    }

    public Optional<RemovalRequest> findByReceipt(String receiptHash) {
        return entityManager
                .createNamedQuery("RemovalRequest.byReceipt", RemovalRequest.class)
                .setParameter("hash", receiptHash)
                .getResultStream()
                .findFirst();
    }

    /**
     * One page of the requests, by when they were received, and how many there are; only those in
     * {@code status} when it is given. Each order reads an index (V5_91, V6_22).
     */
    public RemovalRequestPage page(RemovalStatus status, boolean oldestFirst, int offset, int limit) {
        String where = status == null ? "" : " where r.status = :status";
        String direction = oldestFirst ? " asc" : " desc";
        TypedQuery<RemovalRequest> rows = entityManager.createQuery(
                "select r from RemovalRequest r" + where + " order by r.receivedAt" + direction + ", r.id" + direction,
                RemovalRequest.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(r) from RemovalRequest r" + where, Long.class);
        if (status != null) {
            rows.setParameter("status", status);
            count.setParameter("status", status);
        }
        return new RemovalRequestPage(
                rows.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
    }

    /** One page of the decisions published with a list version, in the order taken, and how many there are. */
    public RemovalRequestPage decisions(int offset, int limit) {
        List<RemovalRequest> items = entityManager
                .createQuery(
                        "select r from RemovalRequest r where r.listVersion is not null order by r.decidedAt, r.id",
                        RemovalRequest.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        long total = entityManager
                .createQuery("select count(r) from RemovalRequest r where r.listVersion is not null", Long.class)
                .getSingleResult();
        return new RemovalRequestPage(items, total);
    }

    /** The decisions published with the list versions from..to, in the order taken. */
    public List<RemovalRequest> decidedIn(int from, int to) {
        return entityManager
                .createNamedQuery("RemovalRequest.decidedIn", RemovalRequest.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    public void store(RemovalRequest request) {
        entityManager.persist(request);
    }
}
