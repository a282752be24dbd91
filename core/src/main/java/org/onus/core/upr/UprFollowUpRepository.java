package org.onus.core.upr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Implementation assessments, and the answered recommendations follow-up covers, as stored. */
@ApplicationScoped
public class UprFollowUpRepository {

    private static final List<StateResponse> FOLLOWED = List.of(StateResponse.SUPPORTED, StateResponse.NOTED);
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public void store(ImplementationAssessment assessment) {
        entityManager.persist(assessment);
    }

    /** Every assessment of the subject, newest first. */
    public List<ImplementationAssessment> history(FollowUpSubject subject) {
        return entityManager
                .createQuery(
                        "select a from ImplementationAssessment a where a.subjectKind = :kind and a.subjectId = :id"
                                + " order by a.assessedOn desc, a.recordedAt desc",
                        ImplementationAssessment.class)
                .setParameter("kind", subject.kind())
                .setParameter("id", subject.id())
                .getResultList();
    }

    /** The latest assessment of each of these subjects that has one; a few queries however many. */
    public Map<UUID, ImplementationAssessment> latest(FollowUpSubject.Kind kind, Collection<UUID> ids) {
        Map<UUID, ImplementationAssessment> latest = new HashMap<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            entityManager
                    .createQuery(
                            "select a from ImplementationAssessment a where a.subjectKind = :kind"
                                    + " and a.subjectId in :ids order by a.assessedOn desc, a.recordedAt desc",
                            ImplementationAssessment.class)
                    .setParameter("kind", kind)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(a -> latest.putIfAbsent(a.subject().id(), a));
        }
        return latest;
    }

    /** The team's recommendations to the State in that cycle's reviews that the State supported or noted. */
    public List<Recommendation> answeredOwn(String stateUnderReview, int cycle) {
        return entityManager
                .createQuery(
                        "select r from Recommendation r join r.review v where lower(v.stateUnderReview) = lower(:state)"
                                + " and v.cycle = :cycle and r.response in :responses"
                                + " order by v.reviewDate, r.createdAt, r.revision",
                        Recommendation.class)
                .setParameter("state", stateUnderReview)
                .setParameter("cycle", cycle)
                .setParameter("responses", FOLLOWED)
                .getResultList();
    }

    /** The imported records of recommendations to the State in that cycle that it supported or noted. */
    public List<UprRecord> answeredImported(String stateUnderReview, int cycle) {
        return entityManager
                .createQuery(
                        "select r from UprRecord r where lower(r.stateUnderReview) = lower(:state)"
                                + " and r.cycle = :cycle and r.response in :responses"
                                + " order by r.session, r.recommendingState, r.identityKey",
                        UprRecord.class)
                .setParameter("state", stateUnderReview)
                .setParameter("cycle", cycle)
                .setParameter("responses", FOLLOWED)
                .getResultList();
    }
}
