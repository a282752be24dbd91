package org.onus.core.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "onus")
    private EntityManager entityManager;

    @Override
    public Optional<Organisation> find(OrganisationCode code) {
        return entityManager
                .createNamedQuery("Organisation.findByCode", Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Organisation> findAll() {
        return entityManager
                .createNamedQuery("Organisation.findAll", Organisation.class)
                .getResultList();
    }

    @Override
    public void store(Organisation organisation) {
        entityManager.persist(organisation);
    }
}
