package org.onus.core.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.detention.CaseStatus;
import org.onus.core.detention.DetentionCase;
import org.onus.core.rebuttal.Route;

/** Published decisions as stored. */
@ApplicationScoped
public class PublishedDecisionRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    public void store(PublishedDecision d) {
        entityManager.persist(d);
    }

    public Optional<PublishedDecision> byReference(String reference) {
        return entityManager
                .createQuery("select d from PublishedDecision d where d.reference = :r", PublishedDecision.class)
                .setParameter("r", reference)
                .getResultStream()
                .findFirst();
    }

    public boolean referenceTaken(String reference) {
        return byReference(reference).isPresent();
    }

    /** The case's decisions, proposed, published or withdrawn, newest first. */
    public List<PublishedDecision> forCase(UUID caseId) {
        return entityManager
                .createQuery(
                        "select d from PublishedDecision d where d.caseId = :c order by d.proposedAt desc",
                        PublishedDecision.class)
                .setParameter("c", caseId)
                .getResultList();
    }

    public List<PublishedDecision> withStatus(PublicationStatus status, int limit) {
        return entityManager
                .createQuery(
                        "select d from PublishedDecision d where d.status = :s order by d.proposedAt, d.reference",
                        PublishedDecision.class)
                .setParameter("s", status)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Decided cases with no live (proposed or published) decision of their current kind, newest first. */
    public List<DetentionCase> decidedWithoutPublication(int limit) {
        return entityManager
                .createQuery(
                        "select c from DetentionCase c where c.status in :decided and not exists ("
                                + "select d from PublishedDecision d where d.caseId = c.id and d.status <> :withdrawn)"
                                + " order by c.closedOn desc, c.id",
                        DetentionCase.class)
                .setParameter(
                        "decided",
                        List.of(
                                CaseStatus.RELEASED,
                                CaseStatus.CONFISCATED,
                                CaseStatus.EXCLUDED,
                                CaseStatus.PROTEST_UPHELD,
                                CaseStatus.PROTEST_DENIED))
                .setParameter("withdrawn", PublicationStatus.WITHDRAWN)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Published decisions matching the search, newest decision first; limit rows from offset. */
    public List<PublishedDecision> search(DecisionSearch s, int offset, int limit) {
        TypedQuery<PublishedDecision> q = entityManager.createQuery(
                "select d from PublishedDecision d" + where(s) + " order by d.decidedOn desc, d.reference",
                PublishedDecision.class);
        parameters(s).forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(DecisionSearch s) {
        TypedQuery<Long> q =
                entityManager.createQuery("select count(d) from PublishedDecision d" + where(s), Long.class);
        parameters(s).forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(DecisionSearch s) {
        StringBuilder w = new StringBuilder(" where d.status = :published");
        if (s.sector() != null) {
            w.append(" and :sector member of d.sectorCodes");
        }
        if (s.region() != null) {
            w.append(" and exists (select 1 from PublishedDecision d2 join d2.regions r"
                    + " where d2 = d and upper(r.code) = :region)");
        }
        if (s.route() != null) {
            w.append("NONE".equals(s.route()) ? " and d.route is null" : " and d.route = :route");
        }
        if (s.outcome() != null) {
            w.append(s.outcomeIsKind() ? " and d.kind = :kind" : " and d.outcome = :outcome");
        }
        if (s.from() != null) {
            w.append(" and d.decidedOn >= :from");
        }
        if (s.to() != null) {
            w.append(" and d.decidedOn <= :to");
        }
        return w.toString();
    }

    private static Map<String, Object> parameters(DecisionSearch s) {
        Map<String, Object> p = new HashMap<>();
        p.put("published", PublicationStatus.PUBLISHED);
        if (s.sector() != null) {
            p.put("sector", s.sector());
        }
        if (s.region() != null) {
            p.put("region", s.region());
        }
        if (s.route() != null && !"NONE".equals(s.route())) {
            p.put("route", Route.valueOf(s.route()));
        }
        if (s.outcome() != null) {
            if (s.outcomeIsKind()) {
                p.put("kind", DecisionKind.valueOf(s.outcome()));
            } else {
                p.put("outcome", s.outcome());
            }
        }
        if (s.from() != null) {
            p.put("from", s.from());
        }
        if (s.to() != null) {
            p.put("to", s.to());
        }
        return p;
    }
}
