package org.onus.core.upr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reviews, recommendations and templates, as stored. */
@ApplicationScoped
public class UprRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    /** One page of the reviews, latest review date first (V6_24), and how many there are. */
    public UprReviewPage reviews(int offset, int limit) {
        List<UprReview> page = entityManager
                .createNamedQuery("UprReview.findAll", UprReview.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        long total = entityManager
                .createQuery("select count(r) from UprReview r", Long.class)
                .getSingleResult();
        return new UprReviewPage(page, total);
    }

    public List<UprReview> reviewsOf(String state) {
        return entityManager
                .createNamedQuery("UprReview.findByState", UprReview.class)
                .setParameter("state", state)
                .getResultList();
    }

    public Optional<UprReview> review(UUID id) {
        return Optional.ofNullable(entityManager.find(UprReview.class, id));
    }

    public void store(UprReview review) {
        entityManager.persist(review);
    }

    public List<Recommendation> recommendations(UUID reviewId) {
        return entityManager
                .createNamedQuery("Recommendation.findByReview", Recommendation.class)
                .setParameter("review", reviewId)
                .getResultList();
    }

    public List<Recommendation> series(UUID seriesId) {
        return entityManager
                .createNamedQuery("Recommendation.findBySeries", Recommendation.class)
                .setParameter("series", seriesId)
                .getResultList();
    }

    public Optional<Recommendation> recommendation(UUID id) {
        return Optional.ofNullable(entityManager.find(Recommendation.class, id));
    }

    public void store(Recommendation recommendation) {
        entityManager.persist(recommendation);
    }

    public List<RecommendationTemplate> templates() {
        return entityManager
                .createNamedQuery("RecommendationTemplate.findAll", RecommendationTemplate.class)
                .getResultList();
    }

    public Optional<RecommendationTemplate> template(String code) {
        return Optional.ofNullable(entityManager.find(RecommendationTemplate.class, code));
    }

    /**
     * Only the filters given take part, so the query never compares with null. No {@code distinct}:
     * the theme join matches at most one row per recommendation, and PostgreSQL refuses {@code
     * distinct} with an order on the review's columns.
     */
    public List<Recommendation> search(UprSearch s) {
        StringBuilder jpql = new StringBuilder("select r from Recommendation r join r.review v");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (s.theme() != null) {
            jpql.append(" join r.themes t");
        }
        jpql.append(" where 1 = 1");
        if (s.theme() != null) {
            jpql.append(" and t = :theme");
            parameters.put("theme", s.theme());
        }
        if (s.state() != null && !s.state().isBlank()) {
            jpql.append(" and lower(v.stateUnderReview) like :state");
            parameters.put("state", "%" + s.state().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (s.session() != null) {
            jpql.append(" and v.session = :session");
            parameters.put("session", s.session());
        }
        if (s.response() != null) {
            jpql.append(" and r.response = :response");
            parameters.put("response", s.response());
        }
        if (s.text() != null && !s.text().isBlank()) {
            jpql.append(" and lower(r.text) like :text escape '!'");
            String escaped = s.text()
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("!", "!!")
                    .replace("%", "!%")
                    .replace("_", "!_");
            parameters.put("text", "%" + escaped + "%");
        }
        jpql.append(" order by v.reviewDate desc, r.createdAt, r.revision");
        TypedQuery<Recommendation> query = entityManager.createQuery(jpql.toString(), Recommendation.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(500).getResultList();
    }
}
