package org.onus.core.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.persistence.ListTotals;

/**
 * The work queue as the database answers it: filtering, sorting, counting and paging are all
 * done in the query, so a page costs the same with fifty cases or fifty thousand.
 */
@ApplicationScoped
public class CaseQueueRepository {

    private static final String ROW = "select new org.onus.core.detention.QueueRow(c.id, e.entryNumber,"
            + " c.organisationCode, e.description, e.amount, e.currency, c.detainedOn, c.storedDeadline,"
            + " c.status, c.assignee)";
    private static final String FROM = " from DetentionCase c join Entry e on e.id = c.entryId";

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Inject
    ListTotals totals;

    /**
     * One page of the cases matching the query, for the officer {@code me}, on {@code today}.
     *
     * @param sectorGoods the HS code prefixes of the query's sector (a case matches one), or null
     *     when goods are not filtered by sector
     */
    public QueuePage page(QueueQuery q, List<String> sectorGoods, String me, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q, me, today, sectorGoods, params);
        TypedQuery<QueueRow> rows = entityManager.createQuery(ROW + FROM + where + orderBy(q), QueueRow.class);
        // Every filter reads the case alone (V6_55), so the count never joins the entries: joining
        // them took 38 ms against 1.7 ms for 6,500 open cases.
        params.forEach(rows::setParameter);
        List<QueueRow> found =
                rows.setFirstResult(q.offset()).setMaxResults(q.size()).getResultList();
        long total = ListTotals.count(totals, entityManager, "select count(c) from DetentionCase c" + where, params);
        return new QueuePage(found, total, q.page(), q.size());
    }

    /** The queue's lines for these cases (the home page's tasks), by case. */
    public Map<UUID, QueueRow> rows(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, QueueRow> byCase = new LinkedHashMap<>();
        entityManager
                .createQuery(ROW + FROM + " where c.id in :ids", QueueRow.class)
                .setParameter("ids", caseIds)
                .getResultList()
                .forEach(r -> byCase.put(r.caseId(), r));
        return byCase;
    }

    /**
     * The values a filter of the queue can take (ports, origins, importers), as its list shows them:
     * every value among the cases, in order, at most {@value #FILTER_VALUES_MAX}. Each list walks
     * its index on the case from one value to the next (a loose index scan, which PostgreSQL does
     * not plan by itself), so it costs one probe per value listed however many cases share them;
     * a {@code select distinct} read every case and its entry (V6_55). A port is listed once however
     * importers capitalised it, as the filter matches it.
     */
    public List<String> filterValues(String field) {
        String column = switch (field) {
            case "port" -> "port_key";
            case "origin" -> "origin_country";
            case "importer" -> "organisation_code";
            default -> throw new IllegalArgumentException(field);
        };
        String shown =
                "port".equals(field) ? "(select min(d.port) from detention_case d where d.port_key = v.val)" : "v.val";
        @SuppressWarnings("unchecked")
        List<String> values = entityManager
                .createNativeQuery("with recursive v(val) as ("
                        + " select min(" + column + ") from detention_case"
                        + " union all"
                        + " select (select min(" + column + ") from detention_case where " + column + " > v.val)"
                        + " from v where v.val is not null)"
                        + " select " + shown + " from v where v.val is not null")
                .setMaxResults(FILTER_VALUES_MAX)
                .getResultList();
        return values;
    }

    /** The longest a filter list grows: beyond it, a list would not help anyone choose. */
    static final int FILTER_VALUES_MAX = 500;

    public Optional<CaseOfficial> official(String username) {
        return Optional.ofNullable(entityManager.find(CaseOfficial.class, username));
    }

    public void store(CaseOfficial official) {
        entityManager.persist(official);
    }

    /** The officers cases can be assigned to, by name. */
    public List<CaseOfficial> officials() {
        return entityManager
                .createQuery("select o from CaseOfficial o order by o.displayName, o.username", CaseOfficial.class)
                .getResultList();
    }

    private static String where(
            QueueQuery q, String me, LocalDate today, List<String> sectorPrefixes, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (q.status() == null) {
            w.append(" and c.status in :open");
            params.put("open", CaseStatus.open());
        } else if (!QueueQuery.ALL.equals(q.status())) {
            w.append(" and c.status = :status");
            params.put("status", CaseStatus.valueOf(q.status()));
        }
        if (q.deadline() != null) {
            switch (q.deadline()) {
                case OVERDUE -> w.append(" and c.storedDeadline < :today");
                case WITHIN_7_DAYS -> {
                    w.append(" and c.storedDeadline >= :today and c.storedDeadline <= :until");
                    params.put("until", today.plusDays(7));
                }
                case WITHIN_30_DAYS -> {
                    w.append(" and c.storedDeadline >= :today and c.storedDeadline <= :until");
                    params.put("until", today.plusDays(30));
                }
            }
            params.put("today", today);
        }
        if (sectorPrefixes != null) {
            // A case is in a sector when its HS code starts with one of the sector's prefixes.
            if (sectorPrefixes.isEmpty()) {
                w.append(" and 1 = 0");
            } else {
                w.append(" and (");
                for (int i = 0; i < sectorPrefixes.size(); i++) {
                    w.append(i == 0 ? "" : " or ").append("c.hsDigits like :hs").append(i);
                    params.put("hs" + i, sectorPrefixes.get(i) + "%");
                }
                w.append(")");
            }
        }
        if (q.origin() != null) {
            w.append(" and c.originCountry = :origin");
            params.put("origin", q.origin());
        }
        if (q.port() != null) {
            w.append(" and c.portKey = :port");
            params.put("port", DetentionCase.portKey(q.port()));
        }
        if (q.importer() != null) {
            w.append(" and c.organisationCode = :importer");
            params.put("importer", q.importer());
        }
        if (q.assignee() != null) {
            if (QueueQuery.UNASSIGNED.equals(q.assignee())) {
                w.append(" and c.assignee is null");
            } else {
                w.append(" and c.assignee = :assignee");
                params.put("assignee", QueueQuery.ME.equals(q.assignee()) ? me : q.assignee());
            }
        }
        return w.toString();
    }

    private static String orderBy(QueueQuery q) {
        // "Days detained" grows as the detention date recedes: ascending days is descending dates.
        boolean desc = q.sort() == QueueQuery.Column.DETAINED ? !q.descending() : q.descending();
        String direction = desc ? " desc" : " asc";
        // Every order is held whole by an index on the case (V6_51, V6_54), so a page reads its 25
        // cases and stops. Ties go the same way as the column: an index read backwards then serves a
        // descending order, which it cannot when the ties stay ascending.
        String path = switch (q.sort()) {
            case ENTRY -> "c.entryNumber";
            case IMPORTER -> "c.organisationCode";
            case GOODS -> "c.goodsSortKey";
            case VALUE -> "c.valueAmount";
            case DETAINED -> "c.detainedOn";
            case DEADLINE -> "c.storedDeadline";
            case ASSIGNEE -> "c.assignee";
            case STATUS -> "c.status";
        };
        String ties =
                (q.sort() == QueueQuery.Column.DETAINED ? "" : ", c.detainedOn" + direction) + ", c.id" + direction;
        // Cases without the value (no running deadline, nobody assigned) always come last, each way
        // with an index of its own. The other columns are never empty.
        boolean mayBeEmpty = q.sort() == QueueQuery.Column.DEADLINE || q.sort() == QueueQuery.Column.ASSIGNEE;
        return " order by " + path + direction + (mayBeEmpty ? " nulls last" : "") + ties;
    }
}
