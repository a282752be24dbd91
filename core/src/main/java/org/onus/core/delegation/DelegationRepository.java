package org.onus.core.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Delegations as stored, revoked ones included. */
@ApplicationScoped
public class DelegationRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public void store(Delegation d) {
        entityManager.persist(d);
    }

    public Optional<Delegation> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Delegation.class, id));
    }

    /** What an importer granted, newest first. */
    public List<Delegation> byImporter(String importerCode) {
        return entityManager
                .createQuery(
                        "select d from Delegation d where d.importerCode = :i order by d.grantedAt desc",
                        Delegation.class)
                .setParameter("i", importerCode)
                .getResultList();
    }

    /** What a broker was granted, newest first. */
    public List<Delegation> byBroker(String brokerCode) {
        return entityManager
                .createQuery(
                        "select d from Delegation d where d.brokerCode = :b order by d.grantedAt desc",
                        Delegation.class)
                .setParameter("b", brokerCode)
                .getResultList();
    }

    /** Every delegation, newest first (customs and auditors). */
    public List<Delegation> all(int limit) {
        return entityManager
                .createQuery("select d from Delegation d order by d.grantedAt desc", Delegation.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The delegations between one importer and one broker, any state. */
    public List<Delegation> between(String importerCode, String brokerCode) {
        return entityManager
                .createQuery(
                        "select d from Delegation d where d.importerCode = :i and d.brokerCode = :b", Delegation.class)
                .setParameter("i", importerCode)
                .setParameter("b", brokerCode)
                .getResultList();
    }

    /** The importer's latest delegation to the broker, in force or not. */
    public Optional<Delegation> latestBetween(String importerCode, String brokerCode) {
        return entityManager
                .createQuery(
                        "select d from Delegation d where d.importerCode = :i and d.brokerCode = :b"
                                + " order by d.grantedAt desc",
                        Delegation.class)
                .setParameter("i", importerCode)
                .setParameter("b", brokerCode)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
