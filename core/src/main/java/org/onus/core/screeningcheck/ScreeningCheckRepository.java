package org.onus.core.screeningcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onus.core.entry.EntryStatus;

/** Checks before shipping as stored. */
@ApplicationScoped
public class ScreeningCheckRepository {

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    void store(ScreeningCheck check) {
        entityManager.persist(check);
    }

    /** Checks newest first, of one organisation or (null) of all; limit rows from offset. */
    List<ScreeningCheck> page(String organisation, int offset, int limit) {
        return query(
                        "select c from ScreeningCheck c" + where(organisation) + " order by c.checkedAt desc, c.id",
                        ScreeningCheck.class,
                        organisation)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    long count(String organisation) {
        return query("select count(c) from ScreeningCheck c" + where(organisation), Long.class, organisation)
                .getSingleResult();
    }

    /** How often each of these organisation-and-hash pairs was checked, keyed {@code org|hash}. */
    Map<String, Long> timesChecked(List<ScreeningCheck> checks) {
        Map<String, Long> times = new HashMap<>();
        if (checks.isEmpty()) {
            return times;
        }
        List<Object[]> rows = entityManager
                .createQuery(
                        "select c.organisationCode, c.disclosureHash, count(c) from ScreeningCheck c"
                                + " where c.disclosureHash in :h group by c.organisationCode, c.disclosureHash",
                        Object[].class)
                .setParameter(
                        "h",
                        checks.stream()
                                .map(ScreeningCheck::disclosureHash)
                                .distinct()
                                .toList())
                .getResultList();
        for (Object[] row : rows) {
            times.put(row[0] + "|" + row[1], ((Number) row[2]).longValue());
        }
        return times;
    }

    /** Per organisation (or just the one): checks, distinct disclosures, detained outcomes, the last check. */
    List<ScreeningChecks.OrganisationSummary> summaries(String organisation) {
        List<Object[]> rows = query(
                        "select c.organisationCode, count(c), count(distinct c.disclosureHash),"
                                + " sum(case when c.status = :detained then 1 else 0 end), max(c.checkedAt)"
                                + " from ScreeningCheck c"
                                + where(organisation)
                                + " group by c.organisationCode order by count(c) desc, c.organisationCode",
                        Object[].class,
                        organisation)
                .setParameter("detained", EntryStatus.DETAINED)
                .setMaxResults(200)
                .getResultList();
        Map<String, Long> most = mostRepeated(organisation);
        return rows.stream()
                .map(r -> new ScreeningChecks.OrganisationSummary(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        r[3] == null ? 0 : ((Number) r[3]).longValue(),
                        most.getOrDefault((String) r[0], 0L),
                        (Instant) r[4]))
                .toList();
    }

    /** The most times one disclosure was checked, per organisation. */
    private Map<String, Long> mostRepeated(String organisation) {
        List<Object[]> rows = query(
                        "select c.organisationCode, count(c) from ScreeningCheck c" + where(organisation)
                                + " group by c.organisationCode, c.disclosureHash",
                        Object[].class,
                        organisation)
                .getResultList();
        Map<String, Long> most = new HashMap<>();
        for (Object[] r : rows) {
            most.merge((String) r[0], ((Number) r[1]).longValue(), Math::max);
        }
        return most;
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, String organisation) {
        TypedQuery<T> q = entityManager.createQuery(jpql, type);
        if (organisation != null) {
            q.setParameter("o", organisation);
        }
        return q;
    }

    private static String where(String organisation) {
        return organisation == null ? "" : " where c.organisationCode = :o";
    }
}
