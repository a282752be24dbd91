package org.onus.core.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class IdempotencyRecords {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public Optional<IdempotencyRecord> find(String actor, String key) {
        return Optional.ofNullable(entityManager.find(IdempotencyRecord.class, new IdempotencyRecord.Key(actor, key)));
    }

    /** Flushes at once, so that a concurrent request with the same key waits for or fails on this one. */
    public void reserve(IdempotencyRecord record) {
        entityManager.persist(record);
        entityManager.flush();
    }
}
