package org.onus.core.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPolicyRepository implements PolicyRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Override
    public List<StatePolicy> findAll() {
        return entityManager
                .createNamedQuery("StatePolicy.findAll", StatePolicy.class)
                .getResultList();
    }

    @Override
    public Optional<StatePolicy> find(UUID id) {
        return Optional.ofNullable(entityManager.find(StatePolicy.class, id));
    }

    @Override
    public void store(StatePolicy policy) {
        entityManager.persist(policy);
    }
}
