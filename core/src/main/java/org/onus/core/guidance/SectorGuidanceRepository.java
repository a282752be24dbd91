package org.onus.core.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Sector guidance versions as stored. */
@ApplicationScoped
public class SectorGuidanceRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    void store(SectorGuidance guidance) {
        entityManager.persist(guidance);
    }

    /** Every version of a sector's guidance, newest first. */
    List<SectorGuidance> history(String sectorCode) {
        return entityManager
                .createQuery(
                        "select g from SectorGuidance g where g.sectorCode = :s order by g.version desc",
                        SectorGuidance.class)
                .setParameter("s", sectorCode)
                .getResultList();
    }

    Optional<SectorGuidance> current(String sectorCode) {
        return history(sectorCode).stream().findFirst();
    }

    /** The newest version of each of these sectors' guidance that has any, in no particular order. */
    List<SectorGuidance> current(Collection<String> sectorCodes) {
        if (sectorCodes.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        "select g from SectorGuidance g where g.sectorCode in :s and g.version ="
                                + " (select max(h.version) from SectorGuidance h where h.sectorCode = g.sectorCode)",
                        SectorGuidance.class)
                .setParameter("s", sectorCodes)
                .getResultList();
    }
}
