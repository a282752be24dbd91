package org.onus.core.upr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Imported UPR records, as stored. */
@ApplicationScoped
public class UprRecordRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public Optional<UprRecord> record(UUID id) {
        return Optional.ofNullable(entityManager.find(UprRecord.class, id));
    }

    public void store(UprRecord record) {
        entityManager.persist(record);
    }

    /** The stored records with these identities, by identity; one query however long the file. */
    public Map<String, UprRecord> byIdentity(Collection<String> identityKeys) {
        if (identityKeys.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery("select r from UprRecord r where r.identityKey in :keys", UprRecord.class)
                .setParameter("keys", identityKeys)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(UprRecord::identityKey, Function.identity()));
    }

    /**
     * What one recommending State recommended to the State under review in cycles before this one,
     * latest cycle first: what an advocacy brief shows a permanent mission.
     */
    public List<UprRecord> earlierRecommendations(String stateUnderReview, String recommendingState, int beforeCycle) {
        return entityManager
                .createQuery(
                        "select r from UprRecord r where lower(r.stateUnderReview) = lower(:state)"
                                + " and lower(r.recommendingState) = lower(:by) and r.cycle < :cycle"
                                + " order by r.cycle desc, r.session desc, r.documentSymbol, r.paragraph, r.identityKey",
                        UprRecord.class)
                .setParameter("state", stateUnderReview)
                .setParameter("by", recommendingState)
                .setParameter("cycle", beforeCycle)
                .getResultList();
    }
}
