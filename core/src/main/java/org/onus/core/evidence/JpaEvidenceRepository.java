package org.onus.core.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Override
    public Optional<EvidenceItem> find(UUID id) {
        return Optional.ofNullable(entityManager.find(EvidenceItem.class, id));
    }

    @Override
    public long count() {
        return entityManager
                .createQuery("select count(e) from EvidenceItem e", Long.class)
                .getSingleResult();
    }

    @Override
    public void store(EvidenceItem item) {
        entityManager.persist(item);
    }
}
