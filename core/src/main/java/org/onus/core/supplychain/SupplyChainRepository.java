package org.onus.core.supplychain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Suppliers and maps, always within one organisation. */
@ApplicationScoped
public class SupplyChainRepository {

    static final int MAX_LIST = 1000;

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    Optional<Supplier> supplier(String organisationCode, UUID id) {
        return Optional.ofNullable(entityManager.find(Supplier.class, id))
                .filter(s -> s.organisationCode().equals(organisationCode));
    }

    List<Supplier> suppliers(String organisationCode) {
        return entityManager
                .createQuery(
                        "select s from Supplier s where s.organisationCode = :org order by s.legalName, s.id",
                        Supplier.class)
                .setParameter("org", organisationCode)
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    void store(Supplier supplier) {
        entityManager.persist(supplier);
    }

    Optional<SupplyChainMap> map(String organisationCode, UUID id) {
        return Optional.ofNullable(entityManager.find(SupplyChainMap.class, id))
                .filter(m -> m.organisationCode().equals(organisationCode));
    }

    List<SupplyChainMap> maps(String organisationCode) {
        return entityManager
                .createQuery(
                        "select m from SupplyChainMap m where m.organisationCode = :org order by m.name, m.id",
                        SupplyChainMap.class)
                .setParameter("org", organisationCode)
                .setMaxResults(MAX_LIST)
                .getResultList();
    }

    void store(SupplyChainMap map) {
        entityManager.persist(map);
    }

    /** Names of the organisation's maps whose latest version names the facility. */
    public List<String> mapsUsingFacility(String organisationCode, UUID facilityId) {
        return entityManager
                .createQuery(
                        "select distinct m.name from SupplyChainMap m join m.versions v join v.inputs i"
                                + " where m.organisationCode = :org and v.number = m.latestVersion"
                                + " and i.facilityId = :facility order by m.name",
                        String.class)
                .setParameter("org", organisationCode)
                .setParameter("facility", facilityId)
                .getResultList();
    }
}
