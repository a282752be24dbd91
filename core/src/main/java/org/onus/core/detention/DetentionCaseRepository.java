package org.onus.core.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Detention cases as stored. */
@ApplicationScoped
public class DetentionCaseRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public Optional<DetentionCase> find(UUID id) {
        return Optional.ofNullable(entityManager.find(DetentionCase.class, id));
    }

    public void store(DetentionCase c) {
        entityManager.persist(c);
    }

    /** Cases in these statuses, longest waiting first. */
    public List<DetentionCase> withStatus(List<CaseStatus> statuses, int limit) {
        return entityManager
                .createQuery(
                        "select c from DetentionCase c where c.status in :statuses order by c.detainedOn, c.id",
                        DetentionCase.class)
                .setParameter("statuses", statuses)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Cases still open, nearest rebuttal deadline first; organisation null means all. */
    public List<DetentionCase> open(String organisationCode, int limit) {
        String jpql = "select c from DetentionCase c where c.status not in :closed"
                + (organisationCode == null ? "" : " and c.organisationCode = :org")
                + " order by c.rebuttalDeadline, c.detainedOn";
        var query = entityManager
                .createQuery(jpql, DetentionCase.class)
                .setParameter(
                        "closed",
                        List.of(
                                CaseStatus.RELEASED,
                                CaseStatus.CONFISCATED,
                                CaseStatus.PROTEST_UPHELD,
                                CaseStatus.PROTEST_DENIED,
                                CaseStatus.EXCLUDED));
        if (organisationCode != null) {
            query.setParameter("org", organisationCode);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
