package org.onus.core.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    /** Newest first. */
    public List<RemovalRequest> all(int offset, int limit) {
        return entityManager
                .createNamedQuery("RemovalRequest.all", RemovalRequest.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
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
