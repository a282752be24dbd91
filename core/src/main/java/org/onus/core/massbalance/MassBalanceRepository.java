package org.onus.core.massbalance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conversion chains and entries' mass-balance checks. */
@ApplicationScoped
public class MassBalanceRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public List<ConversionChain> chains() {
        return entityManager
                .createNamedQuery("ConversionChain.findAll", ConversionChain.class)
                .getResultList();
    }

    public Optional<ConversionChain> chain(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entityManager.find(ConversionChain.class, code));
    }

    public Optional<MassBalanceAssessment> assessment(UUID entryId) {
        return Optional.ofNullable(entityManager.find(MassBalanceAssessment.class, entryId));
    }

    public void store(MassBalanceAssessment assessment) {
        entityManager.persist(assessment);
    }
}
