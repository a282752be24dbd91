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

    protected JpaOrganisationRepository() {
        // for CDI
    }

    /** Outside the container, on a persistence context the caller owns. */
    JpaOrganisationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Organisation> find(OrganisationCode code) {
        return entityManager
                .createNamedQuery("Organisation.findByCode", Organisation.class)
                .setParameter("code", code)
                // A list, not a stream: a stream opens a scrollable cursor, which costs more than
                // reading the one row a code names; this runs for every letter and every filing.
                .getResultList()
                .stream()
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

    @Override
    public Organisation registerIfMissing(Organisation candidate) {
        // The lock is held to the end of the caller's transaction: a second registration waits
        // here until the first commits (and then finds its row) or rolls back (and then inserts).
        // Callers register before anything else they lock (the audit chain's head), so two
        // registrations cannot wait on each other.
        entityManager
                .createNativeQuery("select id from organisation_registration_lock where id = 1 for update")
                .getSingleResult();
        return find(candidate.code()).orElseGet(() -> {
            entityManager.persist(candidate);
            return candidate;
        });
    }
}
